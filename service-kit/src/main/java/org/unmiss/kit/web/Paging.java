package org.unmiss.kit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;

import java.util.Set;

/**
 * List parameters as the API conventions define them: {@code page} from 0, {@code size} 1 to 200,
 * {@code sort} as {@code field} or {@code field,asc|desc} over the fields a resource allows. A bad
 * value is a 400 naming the parameter, never a silent default or a sort on a field that is not there.
 * A page may start at most {@link #MAX_OFFSET} records in: deeper pages are a 400 rather than a scan
 * the store has to skip through (narrow the filters instead), and the offset is computed in
 * {@code long}, so no {@code page * size} can wrap round to a small or negative skip.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    /** The deepest first record a page may start at ({@code page * size}). */
    public static final long MAX_OFFSET = 1_000_000;

    private Paging() {
    }

    public static Pageable of(int page, int size, String sort, Set<String> sortable, Sort defaultSort) {
        FieldErrors errors = new FieldErrors();
        if (page < 0) {
            errors.add("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "must be between 1 and " + MAX_SIZE);
        } else if (page > 0 && offset(page, size) > MAX_OFFSET) {
            errors.add("page", "times size must be at most " + MAX_OFFSET + "; narrow the filters to reach later records");
        }
        Sort order = defaultSort;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            String property = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
            if (sortable.isEmpty()) {
                errors.add("sort", "cannot be chosen for this list, which has a fixed order");
            } else if (!sortable.contains(property)) {
                errors.add("sort", "must name one of " + new java.util.TreeSet<>(sortable));
            } else if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
                errors.add("sort", "must be field or field,asc or field,desc");
            } else {
                order = Sort.by(Sort.Direction.fromString(direction), property);
            }
        }
        errors.throwIfAny("List parameters are not valid");
        return PageRequest.of(page, size, order);
    }

    /** The number of records before a page, without int overflow. */
    public static long offset(int page, int size) {
        return Math.multiplyExact((long) page, (long) size);
    }

    /** Refuses a page that starts deeper than {@link #MAX_OFFSET}, however it was built. */
    public static void requireWithinCap(Pageable pageable) {
        if (pageable.isPaged() && pageable.getOffset() > MAX_OFFSET) {
            throw new InvalidRequestException("page", "times size must be at most " + MAX_OFFSET
                    + "; narrow the filters to reach later records");
        }
    }
}
