package nl.raadsplein.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BundleFileFilterTest {

    private final BundleFileFilter filter = new BundleFileFilter(getClass().getClassLoader(), "bundle-fixture/");

    @Test
    void a_bundle_file_is_served_for_a_year_as_immutable_and_compressed_when_the_browser_takes_brotli()
            throws Exception {
        MockHttpServletResponse plain = get("/VAADIN/build/app-AbCd12_-.js", "gzip, deflate");
        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(plain.getContentAsString()).isEqualTo("console.log(\"bundle\");\n");
        assertThat(plain.getContentType()).startsWith("text/javascript");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(plain.getHeader("Content-Encoding")).isNull();

        MockHttpServletResponse brotli = get("/VAADIN/build/app-AbCd12_-.js", "gzip, deflate, br, zstd");
        assertThat(brotli.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(brotli.getContentAsString()).isEqualTo("BROTLI-BYTES");
        assertThat(brotli.getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag"));

        assertThat(get("/VAADIN/build/app-AbCd12_-.js", "br;q=0, gzip").getHeader("Content-Encoding"))
                .isNull();
        MockHttpServletResponse css = get("/VAADIN/build/style-Xy98Zw76.css", "br");
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(css.getHeader("Content-Encoding")).isNull();
        assertThat(css.getHeader("Vary")).isNull();
    }

    @Test
    void a_browser_holding_the_file_gets_not_modified_without_a_body() throws Exception {
        String etag = get("/VAADIN/build/app-AbCd12_-.js", "br").getHeader("ETag");
        MockHttpServletRequest again = request("GET", "/VAADIN/build/app-AbCd12_-.js", "br");
        again.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(again, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse head = new MockHttpServletResponse();
        filter.doFilter(request("HEAD", "/VAADIN/build/app-AbCd12_-.js", ""), head, new MockFilterChain());
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentLength()).isEqualTo("console.log(\"bundle\");\n".length());
        assertThat(head.getContentAsByteArray()).isEmpty();
    }

    @Test
    void anything_else_goes_on_to_vaadin_untouched() throws Exception {
        for (String path : new String[] {
            "/VAADIN/build/missing-Qq11Ww22.js",
            "/VAADIN/build/../bundle-fixture/app-AbCd12_-.js",
            "/VAADIN/build/sub/app-AbCd12_-.js",
            "/VAADIN/build/app-AbCd12_-.js.br",
            "/VAADIN/build/",
            "/VAADIN/static/app-AbCd12_-.js"
        }) {
            assertThat(passedOn(request("GET", path, "br"))).as(path).isTrue();
        }
        assertThat(passedOn(request("POST", "/VAADIN/build/app-AbCd12_-.js", "br")))
                .isTrue();
    }

    private MockHttpServletResponse get(String path, String acceptEncoding) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("GET", path, acceptEncoding), response, chain);
        assertThat(chain.getRequest()).as("served, not passed on: " + path).isNull();
        return response;
    }

    private boolean passedOn(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        ServletRequest seen = chain.getRequest();
        return seen == request && response.getContentAsByteArray().length == 0;
    }

    private static MockHttpServletRequest request(String method, String path, String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (!acceptEncoding.isEmpty()) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }
}
