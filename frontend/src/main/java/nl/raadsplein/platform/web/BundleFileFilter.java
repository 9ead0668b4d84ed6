package nl.raadsplein.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the files of the frontend bundle ({@code /VAADIN/build/...}, scripts and style sheets) from memory, cached
 * by browsers for a year as immutable, compressed with Brotli or gzip where the build made such a copy and the
 * browser takes it. The bundler names every file after a hash of its content, so a changed file is a new name and a
 * name never needs checking again. Vaadin's own serving marks them for an hour, after which every page a returning
 * visitor opens asks for each of them again, and looks each one up in the application's jar on every request: in
 * the packaged application that cost more server time than rendering the page. Runs before the security filters:
 * the files are public, the same for everyone, and carry no session.
 */
final class BundleFileFilter extends OncePerRequestFilter {

    /** Where the production build puts the bundle on the class path. */
    static final String BUNDLE = "META-INF/VAADIN/webapp/VAADIN/build/";

    static final String PATH = "/VAADIN/build/";
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.(js|css)");

    private final ClassLoader classLoader;
    private final String bundle;
    private final Map<String, BundleFile> files = new ConcurrentHashMap<>();

    BundleFileFilter(ClassLoader classLoader, String bundle) {
        this.classLoader = classLoader;
        this.bundle = bundle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BundleFile> file = file(request);
        if (file.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        serve(file.get(), request, response);
    }

    private Optional<BundleFile> file(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PATH)) {
            return Optional.empty();
        }
        String name = path.substring(PATH.length());
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        BundleFile cached = files.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        // Only names the bundle holds are kept, so requests for made-up names cannot fill the memory.
        byte[] plain = read(name);
        if (plain == null) {
            return Optional.empty();
        }
        BundleFile loaded = new BundleFile(name, plain, read(name + ".br"), read(name + ".gz"));
        files.putIfAbsent(name, loaded);
        return Optional.of(loaded);
    }

    private static void serve(BundleFile file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String accepted =
                Optional.ofNullable(request.getHeader("Accept-Encoding")).orElse("");
        String encoding = null;
        byte[] body = file.plain();
        if (file.brotli() != null && accepts(accepted, "br")) {
            encoding = "br";
            body = file.brotli();
        } else if (file.gzip() != null && accepts(accepted, "gzip")) {
            encoding = "gzip";
            body = file.gzip();
        }
        String etag = "\"" + file.name() + (encoding == null ? "" : "-" + encoding) + "\"";
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.brotli() != null || file.gzip() != null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(
                file.name().endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8");
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether the Accept-Encoding header takes this coding, not refused with q=0. */
    static boolean accepts(String header, String coding) {
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].trim().equalsIgnoreCase(coding)) {
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].trim().replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private byte @Nullable [] read(String name) {
        try (InputStream in = classLoader.getResourceAsStream(bundle + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record BundleFile(String name, byte[] plain, byte @Nullable [] brotli, byte @Nullable [] gzip) {}
}
