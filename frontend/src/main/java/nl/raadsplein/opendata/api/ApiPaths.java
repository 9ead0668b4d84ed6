package nl.raadsplein.opendata.api;

/** Where the API and its documentation live. */
final class ApiPaths {

    static final String V1 = "/api/v1";
    static final String ALL = "/api/**";
    static final String DOCS = V1 + "/docs";

    private ApiPaths() {}
}
