package org.unmiss.kit.feed;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills {@link FeedParams} from the query string, refusing a bad {@code updatedSince} or {@code cursor} (400 naming it) before the handler runs. */
public class FeedParamsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == FeedParams.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        FeedParams feed = new FeedParams(request.getParameter("updatedSince"), request.getParameter(FeedCursor.PARAMETER));
        feed.since();
        if (feed.cursor() != null) {
            FeedCursor.decode(feed.cursor());
        }
        return feed;
    }
}
