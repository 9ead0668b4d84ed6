package nl.raadsplein.e2e;

/** A screen a journey runs on. */
public record Viewport(String name, int width, int height, boolean mobile) {

    /** A small phone held upright, with touch. */
    public static final Viewport PHONE = new Viewport("phone", 360, 740, true);

    /** A laptop or desktop browser window. */
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
}
