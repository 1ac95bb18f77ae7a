package org.unmiss.humanrights.officer.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.unmiss.humanrights.officer.domain.OfficerDirectory;

/** Every authenticated request that reaches a controller tells the directory who called, with what office and roles. */
@Component
@RequiredArgsConstructor
public class OfficerSightings implements HandlerInterceptor {

    private final OfficerDirectory directory;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        directory.noteCaller();
        return true;
    }
}
