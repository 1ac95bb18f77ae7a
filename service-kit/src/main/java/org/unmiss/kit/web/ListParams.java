package org.unmiss.kit.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Set;

/**
 * The list parameters every list endpoint takes, in one record so that each list reads them, defaults
 * them and refuses them alike: {@code page} from 0, {@code size} 1 to {@link Paging#MAX_SIZE} with one
 * default ({@link #DEFAULT_SIZE}), {@code sort} as {@code field} or {@code field,asc|desc}. A controller
 * takes it as a plain parameter ({@code ListParams list}); the kit's resolver fills it from the query
 * string, and {@link #pageable} checks it against what the resource lets a caller sort by.
 */
@ParameterObject
public record ListParams(
        @Parameter(description = "Page number, from 0",
                schema = @Schema(type = "integer", format = "int32", defaultValue = "0", minimum = "0")) Integer page,
        @Parameter(description = "Records a page, 1 to 200",
                schema = @Schema(type = "integer", format = "int32", defaultValue = "50", minimum = "1", maximum = "200")) Integer size,
        @Parameter(description = "Sort as field or field,asc or field,desc") String sort) {

    /** One default for every list: a page a person can scan, well below the cap. */
    public static final int DEFAULT_SIZE = 50;

    public ListParams {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
        sort = sort == null || sort.isBlank() ? null : sort;
    }

    /** The page to read, sorted by {@code sort} when it names one of {@code sortable}, else by {@code defaultSort}. */
    public Pageable pageable(Set<String> sortable, Sort defaultSort) {
        return Paging.of(page, size, sort, sortable, defaultSort);
    }

    /** The page to read for a list in a fixed order (no {@code sort} is accepted). */
    public Pageable pageable(Sort fixedOrder) {
        return Paging.of(page, size, sort, Set.of(), fixedOrder);
    }
}
