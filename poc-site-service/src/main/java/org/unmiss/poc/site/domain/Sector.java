package org.unmiss.poc.site.domain;

import java.util.List;

/** A sector of a site with its blocks (site, sector, block, shelter). */
public record Sector(String code, String name, List<String> blocks) {
}
