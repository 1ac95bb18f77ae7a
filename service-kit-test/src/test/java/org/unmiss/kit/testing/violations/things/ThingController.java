package org.unmiss.kit.testing.violations.things;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deliberately wrong: outside api, no @PreAuthorize, returns a stored document. */
@RestController
public class ThingController {

    @GetMapping("/things")
    public StoredThing thing() {
        return new StoredThing("1");
    }
}
