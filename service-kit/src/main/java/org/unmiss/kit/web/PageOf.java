package org.unmiss.kit.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/**
 * The platform's page envelope: the same shape from every service, so one client-side pager
 * (and every generated client) works for all lists.
 */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <D, T> PageOf<T> of(Page<D> page, Function<D, T> toResponse) {
        return new PageOf<>(page.getContent().stream().map(toResponse).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
