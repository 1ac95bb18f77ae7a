package org.unmiss.gender.config;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.kit.demo.DemoLoader;
import org.unmiss.gender.activity.domain.ActionPoint;
import org.unmiss.gender.activity.domain.ActionPointStatus;
import org.unmiss.gender.activity.domain.ActivityDetails;
import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.AgeGroup;
import org.unmiss.gender.activity.domain.Attendee;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.activity.domain.GenderActivity;
import org.unmiss.gender.activity.domain.Participants;
import org.unmiss.gender.activity.domain.TrainingModule;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.gender.focalpoint.domain.FocalPoint;
import org.unmiss.gender.focalpoint.domain.MissionComponent;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic demo data (fixed seed; the same on every machine and every day): ten years and
 * more of weekly induction trainings with CRSV modules at headquarters, quarterly Women Peace
 * Forums in the field offices and community dialogues, a Global Open Day a year, quarterly Gender
 * Task Force meetings with attendance and action points, and focal points. It contains the
 * source documents' 2016 facts: 47 ceasefire-monitoring (CTSAMM) staff and government gender focal
 * points trained with UNFPA, and 20 women delegates presenting "Peace and Justice for Women in
 * South Sudan" at the Open Day. All names are synthetic.
 */
@Component
@RequiredArgsConstructor
public class DemoData implements DemoLoader {

    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    /** Everything up to here is held (or cancelled); later activities are planned. */
    static final LocalDate LAST_HELD_DAY = LocalDate.of(2026, 9, 30);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
    /** Quarters the task force did not meet (movement restrictions; a leadership transition), so the gap report has something to show. */
    static final List<String> TASK_FORCE_GAPS = List.of("2020-Q2", "2023-Q3");
    static final List<String> FIELD_OFFICES = List.of("JUBA", "TORIT", "YAMBIO", "BOR", "BENTIU", "MALAKAL", "RUMBEK", "KUAJOK", "AWEIL", "WAU");
    static final LocalDate OFFICES_CLOSE = LocalDate.of(2026, 1, 1);
    static final Instant RECORDED = LocalDate.of(2026, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final String RECORDED_BY = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> PLACES = List.of("UN House", "Field office compound", "Community hall", "Women's centre", "County headquarters");
    private static final List<String> OWNERS = List.of("Gender Section", "Civil Affairs Division", "UNPOL gender adviser", "Military gender adviser",
            "Human Rights Division", "State Ministry of Gender", "Women's association chair", "County commissioner");
    private static final List<String> ACTIONS = List.of("Nominate women to the county peace committee", "Arrange safe transport for women delegates",
            "Share the forum's recommendations with the state government", "Follow up referral pathways for GBV survivors",
            "Map women's groups for the next dialogue", "Brief patrol commanders on women's security concerns",
            "Table the forum's recommendations at the Protection Cluster", "Organise literacy sessions for women leaders");

    private final MongoTemplate mongo;
    private final ReferenceNumbers numbers;
    private final Map<Integer, Integer> sequences = new HashMap<>();
    private Random random;

    @Override
    public String name() {
        return "synthetic gender activities and focal points";
    }

    @Override
    public void loadIfEmpty() {
        load();
    }

    /** Loads the demo data when the service has no activities yet; true if it did. */
    public boolean load() {
        if (mongo.estimatedCount(GenderActivity.class) > 0) {
            return false;
        }
        long started = System.nanoTime();
        sequences.clear();
        random = new Random(1325);
        List<GenderActivity> activities = new ArrayList<>();
        inductionTrainings(activities);
        externalTrainings(activities);
        forumsAndDialogues(activities);
        openDays(activities);
        taskForceMeetings(activities);
        mongo.insertAll(activities);
        sequences.forEach((year, last) -> numbers.advanceTo("GA", year, last));
        List<FocalPoint> focalPoints = focalPoints();
        mongo.insertAll(focalPoints);
        numbers.advanceTo("GFP", focalPoints.size());
        log.info("Loaded demo data: {} activities, {} focal points in {} ms", activities.size(), focalPoints.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void inductionTrainings(List<GenderActivity> out) {
        List<List<Audience>> rotation = List.of(List.of(Audience.MILITARY), List.of(Audience.POLICE), List.of(Audience.CIVILIAN),
                List.of(Audience.MILITARY, Audience.POLICE));
        int week = 0;
        for (LocalDate day = FIRST_DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)); !day.isAfter(LAST_DAY); day = day.plusWeeks(1), week++) {
            List<TrainingModule> modules = week % 2 == 0
                    ? List.of(TrainingModule.INDUCTION, TrainingModule.CRSV, TrainingModule.GENDER_MAINSTREAMING)
                    : List.of(TrainingModule.INDUCTION, TrainingModule.CRSV, TrainingModule.SEXUAL_EXPLOITATION_AND_ABUSE);
            int female = 3 + random.nextInt(10);
            int male = 15 + random.nextInt(26);
            boolean cancelled = week % 26 == 25;
            ActivityDetails details = new ActivityDetails(ActivityType.TRAINING, "Induction for new deployments: gender and CRSV", day, day,
                    "HQ", "UN House, Juba", List.of("PROTECTION", "PREVENTION"), rotation.get(week % rotation.size()), List.of(), modules,
                    cancelled || day.isAfter(LAST_HELD_DAY) ? null : byAge(female, male), List.of("Trainer GS-0" + (1 + week % 4)),
                    List.of(), cancelled ? null : "Participants completed the CRSV module and its post-test");
            out.add(activity(details, cancelled ? "Cancelled: flights to Juba grounded; the cohort joined the next week" : null));
        }
    }

    private void externalTrainings(List<GenderActivity> out) {
        // The source documents' 2016 fact: 47 CTSAMM staff and government gender focal points, trained with UNFPA.
        out.add(activity(new ActivityDetails(ActivityType.TRAINING,
                "Gender, CRSV and the WPS agenda for CTSAMM monitors and government gender focal points", LocalDate.of(2016, 8, 16),
                LocalDate.of(2016, 8, 18), "JUBA", "Juba", List.of("PROTECTION", "PARTICIPATION"),
                List.of(Audience.CEASEFIRE_MONITORS, Audience.GOVERNMENT), List.of("UNFPA"),
                List.of(TrainingModule.GENDER_MAINSTREAMING, TrainingModule.CRSV, TrainingModule.WOMEN_PEACE_AND_SECURITY),
                new Participants(17, 30, 47, List.of(new Participants.AgeGroupCount(AgeGroup.AGE_18_TO_24, 2, 3),
                        new Participants.AgeGroupCount(AgeGroup.AGE_25_TO_59, 15, 27))),
                List.of("Trainer GS-01", "Trainer UNFPA-01"), List.of(), "47 trained; monitors to report CRSV through the mechanism"), null));
        for (int year = 2017; year <= 2026; year++) {
            String office = FIELD_OFFICES.get(year % FIELD_OFFICES.size());
            LocalDate day = LocalDate.of(year, 5, 10);
            if (!openOn(office, day)) {
                office = "WAU";
            }
            int female = 8 + random.nextInt(12);
            int male = 10 + random.nextInt(20);
            out.add(activity(new ActivityDetails(ActivityType.TRAINING, "Gender mainstreaming for CTSAMVM monitors and state officials", day, day.plusDays(1),
                    office, "Field office compound", List.of("PROTECTION"), List.of(Audience.CEASEFIRE_MONITORS, Audience.GOVERNMENT),
                    List.of(year % 2 == 0 ? "UN Women" : "UNFPA"), List.of(TrainingModule.GENDER_MAINSTREAMING, TrainingModule.SGBV),
                    day.isAfter(LAST_HELD_DAY) ? null : Participants.of(female, male), List.of("Trainer GS-02"), List.of(), null), null));
            out.add(activity(new ActivityDetails(ActivityType.TRAINING, "Women's leadership and participation in the peace process",
                    LocalDate.of(year, 3, 8), LocalDate.of(year, 3, 9), "JUBA", "Women's centre", List.of("PARTICIPATION"),
                    List.of(Audience.WOMEN_LEADERS, Audience.CIVIL_SOCIETY), List.of("UN Women"), List.of(TrainingModule.WOMEN_LEADERSHIP),
                    Participants.of(25 + random.nextInt(15), random.nextInt(5)), List.of("Trainer GS-03"), List.of(), null), null));
        }
    }

    private void forumsAndDialogues(List<GenderActivity> out) {
        for (LocalDate quarter = FIRST_DAY; !quarter.isAfter(LAST_DAY); quarter = quarter.plusMonths(3)) {
            for (int i = 0; i < FIELD_OFFICES.size(); i++) {
                String office = FIELD_OFFICES.get(i);
                LocalDate day = quarter.plusDays(10 + 5L * i);
                if (!openOn(office, day)) {
                    continue;
                }
                boolean held = !day.isAfter(LAST_HELD_DAY);
                ActivityDetails forum = new ActivityDetails(ActivityType.WOMEN_PEACE_FORUM, "Women Peace Forum, " + title(office), day, day,
                        office, PLACES.get(random.nextInt(PLACES.size())), List.of("PARTICIPATION", "PREVENTION"),
                        List.of(Audience.WOMEN_LEADERS, Audience.COMMUNITY), List.of("UN Women"), List.of(),
                        held ? Participants.of(30 + random.nextInt(40), 5 + random.nextInt(15)) : null, List.of(), List.of(),
                        held ? "Women's security concerns recorded and shared with the field office" : null);
                out.add(withActionPoints(activity(forum, null), held ? 1 + random.nextInt(3) : 0));
                if (i % 2 == quarter.getMonthValue() / 3 % 2) {
                    LocalDate dialogueDay = day.plusDays(30);
                    boolean dialogueHeld = !dialogueDay.isAfter(LAST_HELD_DAY);
                    ActivityDetails dialogue = new ActivityDetails(ActivityType.COMMUNITY_DIALOGUE, "Community dialogue on SGBV prevention, " + title(office),
                            dialogueDay, dialogueDay, office, "Community hall", List.of("PREVENTION", "PROTECTION"),
                            List.of(Audience.COMMUNITY, Audience.CIVIL_SOCIETY), List.of(), List.of(TrainingModule.SGBV),
                            dialogueHeld ? Participants.of(15 + random.nextInt(25), 15 + random.nextInt(25)) : null, List.of(), List.of(), null);
                    out.add(withActionPoints(activity(dialogue, null), dialogueHeld ? random.nextInt(2) : 0));
                }
            }
        }
    }

    private void openDays(List<GenderActivity> out) {
        // The source documents' 2016 fact: 20 women delegates presented their report to the head of mission.
        out.add(activity(new ActivityDetails(ActivityType.OPEN_DAY, "Global Open Day: \"Peace and Justice for Women in South Sudan\"",
                LocalDate.of(2016, 10, 25), LocalDate.of(2016, 10, 25), "HQ", "UN House, Juba", List.of("PARTICIPATION", "PROTECTION"),
                List.of(Audience.WOMEN_LEADERS, Audience.CIVIL_SOCIETY), List.of("UN Women"), List.of(), Participants.of(20, 0), List.of(), List.of(),
                "20 women delegates presented the report \"Peace and Justice for Women in South Sudan\" to the head of mission"), null));
        for (int year = 2017; year <= 2026; year++) {
            LocalDate day = LocalDate.of(year, 10, 24);
            boolean held = !day.isAfter(LAST_HELD_DAY);
            out.add(activity(new ActivityDetails(ActivityType.OPEN_DAY, "Global Open Day on Women, Peace and Security", day, day, "HQ",
                    "UN House, Juba", List.of("PARTICIPATION"), List.of(Audience.WOMEN_LEADERS, Audience.CIVIL_SOCIETY), List.of("UN Women"),
                    List.of(), held ? Participants.of(25 + random.nextInt(20), 5 + random.nextInt(10)) : null, List.of(), List.of(), null), null));
        }
    }

    private void taskForceMeetings(List<GenderActivity> out) {
        for (LocalDate quarter = FIRST_DAY; !quarter.isAfter(LAST_DAY); quarter = quarter.plusMonths(3)) {
            LocalDate day = quarter.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
            if (TASK_FORCE_GAPS.contains(GenderActivity.quarterOf(day))) {
                continue;
            }
            boolean held = !day.isAfter(LAST_HELD_DAY);
            List<Attendee> attendance = new ArrayList<>();
            List<String> organisations = List.of("Gender Section", "UNPOL", "Force headquarters", "Civil Affairs Division", "Human Rights Division",
                    "UN Women", "UNFPA", "Protection Cluster", "GBV Sub-Cluster");
            int attendees = held ? 8 + random.nextInt(6) : 0;
            for (int a = 0; a < attendees; a++) {
                attendance.add(new Attendee("Task force member " + (1 + a), organisations.get(a % organisations.size())));
            }
            long women = attendance.stream().filter(a -> random.nextInt(3) > 0).count();
            ActivityDetails meeting = new ActivityDetails(ActivityType.TASK_FORCE_MEETING, "Gender Task Force, " + GenderActivity.quarterOf(day), day,
                    day, "HQ", "UN House, Juba", List.of("PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_AND_RECOVERY"), List.of(Audience.CIVILIAN,
                    Audience.MILITARY, Audience.POLICE), List.of("UN Women", "UNFPA"), List.of(),
                    held ? Participants.of((int) women, attendees - (int) women) : null, List.of(), attendance,
                    held ? "Quarterly review of gender mainstreaming across components" : null);
            out.add(withActionPoints(activity(meeting, null), held ? 2 + random.nextInt(2) : 0));
        }
    }

    private List<FocalPoint> focalPoints() {
        List<FocalPoint> all = new ArrayList<>();
        List<String> offices = new ArrayList<>(List.of("HQ"));
        offices.addAll(FIELD_OFFICES);
        int sequence = 0;
        for (int o = 0; o < offices.size(); o++) {
            String office = offices.get(o);
            for (MissionComponent component : MissionComponent.values()) {
                // Two offices without a military focal point, so the coverage report shows a gap.
                if (component == MissionComponent.MILITARY && (office.equals("YAMBIO") || office.equals("KUAJOK"))) {
                    continue;
                }
                sequence++;
                LocalDate to = office.equals("TORIT") || office.equals("AWEIL") ? OFFICES_CLOSE.minusDays(1) : null;
                all.add(new FocalPoint(String.format("GFP-%06d", sequence), String.format("UN-%06d", 100 + 37 * sequence), component, office,
                        LocalDate.of(2024, 1, 1), to, null, true,
                        "Loaded with the demo data; not yet checked against personnel-service (POST .../verification checks it)",
                        null, RECORDED_BY, RECORDED, null));
            }
        }
        return all;
    }

    private GenderActivity activity(ActivityDetails details, String cancellationReason) {
        int year = details.startDate().getYear();
        int next = sequences.merge(year, 1, Integer::sum);
        ActivityStatus status = cancellationReason != null ? ActivityStatus.CANCELLED
                : details.startDate().isAfter(LAST_HELD_DAY) ? ActivityStatus.PLANNED : ActivityStatus.HELD;
        return new GenderActivity(String.format("GA-%d-%06d", year, next), details, GenderActivity.quarterOf(details.startDate()), status,
                cancellationReason, List.of(), 0, RECORDED_BY, RECORDED, RECORDED, null);
    }

    /** Action points due one to three months after the meeting; the older ones mostly closed, a few left overdue. */
    private GenderActivity withActionPoints(GenderActivity meeting, int count) {
        List<ActionPoint> points = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate due = meeting.details().startDate().plusDays(30L + random.nextInt(60));
            int roll = random.nextInt(10);
            boolean closed = due.isBefore(LAST_HELD_DAY.minusMonths(3)) ? roll < 9 : roll < 3;
            ActionPointStatus status = closed ? (roll == 0 ? ActionPointStatus.DROPPED : ActionPointStatus.DONE)
                    : roll % 2 == 0 ? ActionPointStatus.OPEN : ActionPointStatus.IN_PROGRESS;
            points.add(new ActionPoint("AP-" + n, ACTIONS.get(random.nextInt(ACTIONS.size())), OWNERS.get(random.nextInt(OWNERS.size())), due,
                    status, closed ? "Completed and reported to the task force" : null, closed ? due.minusDays(random.nextInt(20)) : null));
        }
        return new GenderActivity(meeting.id(), meeting.details(), meeting.quarter(), meeting.status(), meeting.cancellationReason(), points,
                count, meeting.recordedBy(), meeting.recordedAt(), meeting.updatedAt(), null);
    }

    private static Participants byAge(int female, int male) {
        int youngFemale = female / 3;
        int youngMale = male / 3;
        return new Participants(female, male, female + male, List.of(
                new Participants.AgeGroupCount(AgeGroup.AGE_18_TO_24, youngFemale, youngMale),
                new Participants.AgeGroupCount(AgeGroup.AGE_25_TO_59, female - youngFemale, male - youngMale)));
    }

    private static boolean openOn(String office, LocalDate day) {
        return !(office.equals("TORIT") || office.equals("AWEIL")) || day.isBefore(OFFICES_CLOSE);
    }

    private static String title(String office) {
        return office.charAt(0) + office.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
