package org.unmiss.humanrights.hrcase.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The acts a case records, with what each counts towards: the six grave violations against
 * children (MRM, with its counting rule), conflict-related sexual violence (MARA), the GBVIMS core
 * types, and the four forms of harm of the mission's public reports.
 */
public enum ViolationType {
    KILLING(Grave.KILLING_AND_MAIMING, false, false, Harm.KILLING),
    INJURY_OR_MAIMING(Grave.KILLING_AND_MAIMING, false, false, Harm.INJURY),
    ABDUCTION(Grave.ABDUCTION, false, false, Harm.ABDUCTION),
    RAPE(Grave.SEXUAL_VIOLENCE, true, true, Harm.CRSV),
    GANG_RAPE(Grave.SEXUAL_VIOLENCE, true, true, Harm.CRSV),
    SEXUAL_SLAVERY(Grave.SEXUAL_VIOLENCE, true, false, Harm.CRSV),
    FORCED_PROSTITUTION(Grave.SEXUAL_VIOLENCE, true, false, Harm.CRSV),
    FORCED_PREGNANCY(Grave.SEXUAL_VIOLENCE, true, false, Harm.CRSV),
    FORCED_STERILIZATION(Grave.SEXUAL_VIOLENCE, true, false, Harm.CRSV),
    SEXUAL_ASSAULT(Grave.SEXUAL_VIOLENCE, true, true, Harm.CRSV),
    FORCED_MARRIAGE(null, false, true, null),
    PHYSICAL_ASSAULT(null, false, true, null),
    DENIAL_OF_RESOURCES(null, false, true, null),
    PSYCHOLOGICAL_ABUSE(null, false, true, null),
    RECRUITMENT_OR_USE_OF_CHILDREN(Grave.RECRUITMENT_OR_USE, false, false, null),
    ATTACK_ON_SCHOOL(Grave.ATTACKS_ON_SCHOOLS_OR_HOSPITALS, false, false, null),
    ATTACK_ON_HOSPITAL(Grave.ATTACKS_ON_SCHOOLS_OR_HOSPITALS, false, false, null),
    DENIAL_OF_HUMANITARIAN_ACCESS(Grave.DENIAL_OF_HUMANITARIAN_ACCESS, false, false, null),
    ARBITRARY_DETENTION(null, false, false, null),
    TORTURE(null, false, false, null),
    HATE_SPEECH_OR_INCITEMENT(null, false, false, null),
    DESTRUCTION_OF_PROPERTY(null, false, false, null);

    /** The six grave violations against children. */
    public enum Grave {
        KILLING_AND_MAIMING(true),
        RECRUITMENT_OR_USE(true),
        SEXUAL_VIOLENCE(true),
        ABDUCTION(true),
        ATTACKS_ON_SCHOOLS_OR_HOSPITALS(false),
        DENIAL_OF_HUMANITARIAN_ACCESS(false);

        private final boolean countsVictims;

        Grave(boolean countsVictims) {
            this.countsVictims = countsVictims;
        }

        /** The MRM counting rule: these count child victims; the others count violations. */
        public boolean countsVictims() {
            return countsVictims;
        }
    }

    /** The four forms of harm UNMISS human rights reports count. */
    public enum Harm { KILLING, INJURY, ABDUCTION, CRSV }

    private final Grave grave;
    private final boolean crsv;
    private final boolean gbvCore;
    private final Harm harm;

    ViolationType(Grave grave, boolean crsv, boolean gbvCore, Harm harm) {
        this.grave = grave;
        this.crsv = crsv;
        this.gbvCore = gbvCore;
        this.harm = harm;
    }

    /** The grave violation against children this act is when its victims are children, or null. */
    public Grave grave() {
        return grave;
    }

    public boolean isCrsv() {
        return crsv;
    }

    /** One of the GBVIMS core types (rape, sexual assault, physical assault, forced marriage, denial, psychological abuse). */
    public boolean isGbvCore() {
        return gbvCore;
    }

    public Harm harm() {
        return harm;
    }

    /** Grave violations that count violations need no child victim: a school is attacked whoever is inside. */
    public boolean isGraveWithoutChildVictim() {
        return grave != null && !grave.countsVictims();
    }

    public static List<ViolationType> of(Grave grave) {
        return Arrays.stream(values()).filter(t -> t.grave == grave).toList();
    }

    public static List<ViolationType> crsvTypes() {
        return Arrays.stream(values()).filter(ViolationType::isCrsv).toList();
    }

    public static List<ViolationType> of(Harm harm) {
        return Arrays.stream(values()).filter(t -> t.harm == harm).toList();
    }
}
