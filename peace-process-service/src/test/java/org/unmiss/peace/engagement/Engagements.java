package org.unmiss.peace.engagement;

/** Request bodies for engagement tests. */
public final class Engagements {

    private Engagements() {
    }

    public static String report(String office, String date, String participants) {
        return """
                {"date":"%s","durationMinutes":90,"place":"County headquarters","state":"UPPER_NILE","level":"SUBNATIONAL",
                 "fieldOffice":"%s","purpose":"Follow up on cattle-migration tensions between two communities",
                 "interlocutors":[{"type":"TRADITIONAL","affiliation":"Community A","position":"paramount chief","sex":"MALE"},
                                  {"type":"WOMEN","affiliation":"Women's association","position":"chairperson","sex":"FEMALE"}],
                 "missionParticipants":[%s],
                 "topics":["INTERCOMMUNAL_CONFLICT","CATTLE_MIGRATION"],"agreementChapters":["V"],
                 "atmosphere":"POSITIVE","keyOutcomes":"Both sides agreed to a joint peace committee",
                 "nextSteps":[{"action":"Convene the joint committee","owner":"Civil Affairs","dueDate":"%s"}],
                 "participantsBySex":{"female":6,"male":14}}
                """.formatted(date, office, participants, date);
    }

    static String report(String office) {
        return report(office, "2025-03-10", "");
    }
}
