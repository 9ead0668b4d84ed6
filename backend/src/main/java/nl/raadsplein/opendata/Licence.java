package nl.raadsplein.opendata;

/** The licences the municipality can publish its open data under (configured, {@code OPEN_DATA_LICENCE}). */
public enum Licence {
    CC0_1_0("CC0-1.0", "Creative Commons Zero v1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
    CC_BY_4_0(
            "CC-BY-4.0",
            "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/");

    private final String spdx;
    private final String title;
    private final String url;

    Licence(String spdx, String title, String url) {
        this.spdx = spdx;
        this.title = title;
        this.url = url;
    }

    public String spdx() {
        return spdx;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
