package org.unmiss.kit.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.unmiss.kit.problem.FieldErrors;

/**
 * Fills {@link ListParams} from the query string. A value that is not a whole number is a 400 naming the
 * parameter, worded as the kit words every other mistyped parameter; ranges are checked by {@link Paging}.
 */
class ListParamsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ListParams.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        FieldErrors errors = new FieldErrors();
        Integer page = wholeNumber(request, "page", errors);
        Integer size = wholeNumber(request, "size", errors);
        errors.throwIfAny("List parameters are not valid");
        return new ListParams(page, size, request.getParameter("sort"));
    }

    private static Integer wholeNumber(NativeWebRequest request, String name, FieldErrors errors) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number");
            return null;
        }
    }
}
