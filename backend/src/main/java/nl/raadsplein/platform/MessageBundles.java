package nl.raadsplein.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every feature brings its own bundle under {@code i18n/} (Dutch in {@code name.properties}, English in
 * {@code name_en.properties}); they are found on the class path rather than listed, so adding a feature
 * never means editing a shared list.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The bundles on the class path, as {@code i18n/name}. */
    public static Set<String> basenames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(files)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !TRANSLATION.matcher(name).matches())
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
