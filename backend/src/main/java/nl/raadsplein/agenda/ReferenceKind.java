package nl.raadsplein.agenda;

/** The two lists of reference data administrators extend: public values and digital topics. */
public enum ReferenceKind {
    PUBLIC_VALUE,
    DIGITAL_TOPIC
}
