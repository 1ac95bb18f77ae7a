package org.unmiss.humanrights.evidence.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Evidence settings.
 *
 * @param keyset        the Tink streaming-AEAD keyset (JSON) the content is encrypted under
 *                      ({@code HUMANRIGHTS_EVIDENCE_KEYSET}); a key of its own, not the identities' keyset
 * @param maxSize       the largest attachment accepted (413 beyond, nothing kept)
 * @param allowedTypes  the sniffed file types accepted (415 for any other); all known types unless narrowed
 * @param abandonAfter  an upload still incomplete after this long is abandoned and its parts removed
 * @param sweepInterval how often abandoned uploads are looked for
 */
@ConfigurationProperties("humanrights.evidence")
public record EvidenceProperties(String keyset, @DefaultValue("50MB") DataSize maxSize, Set<FileType> allowedTypes,
                                 @DefaultValue("1h") Duration abandonAfter, @DefaultValue("10m") Duration sweepInterval) {

    public EvidenceProperties {
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? EnumSet.allOf(FileType.class) : EnumSet.copyOf(allowedTypes);
    }
}
