package nl.raadsplein.opendata.oparl;

/**
 * Where each OParl object and list lives under the base URL. There is one Body, the municipality, so its lists hang
 * under a fixed key.
 */
public final class OparlPaths {

    public static final String ROOT = "/oparl/v1";
    public static final String ALL = "/oparl/**";
    public static final String SYSTEM = ROOT + "/system";
    public static final String BODIES = ROOT + "/body";
    public static final String BODY_KEY = "1";
    public static final String BODY = BODIES + "/" + BODY_KEY;
    public static final String ORGANIZATIONS = BODY + "/organization";
    public static final String PERSONS = BODY + "/person";
    public static final String MEETINGS = BODY + "/meeting";
    public static final String AGENDA_ITEMS = BODY + "/agendaItem";
    public static final String PAPERS = BODY + "/paper";
    public static final String CONSULTATIONS = BODY + "/consultation";
    public static final String FILES = BODY + "/file";
    public static final String ORGANIZATION = ROOT + "/organization";
    public static final String PERSON = ROOT + "/person";
    public static final String MEETING = ROOT + "/meeting";
    public static final String AGENDA_ITEM = ROOT + "/agendaItem";
    public static final String PAPER = ROOT + "/paper";
    public static final String CONSULTATION = ROOT + "/consultation";
    public static final String FILE = ROOT + "/file";
    public static final String LEGISLATIVE_TERM = ROOT + "/legislativeTerm";
    public static final String MEMBERSHIP = ROOT + "/membership";
    /** The motion PDF to show in the browser ({@code accessUrl}) and to save ({@code downloadUrl}). */
    public static final String FILE_CONTENT = "/content";

    public static final String FILE_DOWNLOAD = "/download";

    private OparlPaths() {}
}
