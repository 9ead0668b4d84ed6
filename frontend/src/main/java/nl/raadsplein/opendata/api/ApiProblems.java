package nl.raadsplein.opendata.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import nl.raadsplein.ui.MessageBundleI18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad parameters answer 400 with a problem document in the caller's language (Accept-Language), never a trace; an
 * id that names nothing public answers 404, the same as one that never existed. For /api and /oparl alike.
 */
@RestControllerAdvice(basePackages = "nl.raadsplein.opendata")
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        return badRequest(e.field(), messages.getMessage(e.messageKey(), e.arguments(), localeOf(request)));
    }

    @ExceptionHandler
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badRequest(
                e.getName(),
                messages.getMessage("opendata.parameter.invalid", new Object[] {e.getName()}, localeOf(request)));
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchItemException e, HttpServletRequest request) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, messages.getMessage("opendata.not-found", null, localeOf(request)));
    }

    /** The language the caller asked for, Dutch when it asked for none (the server's own locale is no guide). */
    static Locale localeOf(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? MessageBundleI18NProvider.DUTCH
                : MessageBundleI18NProvider.supported(request.getLocale());
    }

    private static ProblemDetail badRequest(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
