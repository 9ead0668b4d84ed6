package nl.raadsplein.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Requests Tomcat refuses before the application sees them (an encoded slash in a path, a malformed URL)
 * get this page instead of Tomcat's report: in both languages, without server details, and with the same
 * security headers as every other response.
 */
public class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
        try (Writer writer = response.getReporter()) {
            if (writer != null) {
                writer.write("""
                        <!doctype html>
                        <html lang="nl"><head><meta charset="utf-8">
                        <meta name="viewport" content="width=device-width, initial-scale=1">
                        <title>Ongeldig adres | Raadsplein</title></head>
                        <body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f23">
                        <main>
                        <h1>Dit adres klopt niet</h1>
                        <p>Het adres bevat tekens die hier niet kunnen. Misschien is de link verkeerd overgenomen.</p>
                        <p><a href="/agenda" style="color: #0b5563">Naar de digitale agenda</a></p>
                        <h2 lang="en">This address is not valid</h2>
                        <p lang="en">The address contains characters that cannot be used here. Perhaps the link was copied incorrectly.
                        <a href="/agenda" style="color: #0b5563">Go to the digital agenda</a></p>
                        </main></body></html>
                        """);
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body: nothing more to tell anyone.
        }
    }
}
