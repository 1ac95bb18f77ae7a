package org.unmiss.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code Location} headers name the resource by path only. A controller that builds its Location
 * from the current request ({@code ServletUriComponentsBuilder}) would otherwise hand out the
 * service's own host and port, which behind the gateway is an internal address the client cannot
 * reach and should not learn. A path resolves against whatever address the client used: the
 * gateway's, or the service's in a direct call. Locations pointing at another host are left alone.
 */
public class RelativeLocationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, relative(name, value, request));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, relative(name, value, request));
            }
        });
    }

    static String relative(String name, String value, HttpServletRequest request) {
        if (value == null || !HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
            return value;
        }
        try {
            URI location = new URI(value);
            if (!location.isAbsolute() || location.getRawAuthority() == null || !isOwnAddress(location, request)) {
                return value;
            }
            String path = location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath();
            return path + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery())
                    + (location.getRawFragment() == null ? "" : "#" + location.getRawFragment());
        } catch (URISyntaxException notAUri) {
            return value;
        }
    }

    private static boolean isOwnAddress(URI location, HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null && host.equalsIgnoreCase(location.getRawAuthority())) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Host");
        if (forwarded != null && forwarded.equalsIgnoreCase(location.getRawAuthority())) {
            return true;
        }
        return location.getHost() != null && location.getHost().equalsIgnoreCase(request.getServerName());
    }
}
