package nl.raadsplein.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.springframework.core.io.ClassPathResource;

/**
 * Checks that every message key a module's main code uses has a text in Dutch and in English, including keys
 * built by concatenation. The sources are read with the Java compiler's own parser:
 * <ul>
 * <li>every string literal shaped like a key of a bundle ({@code proposalui.support.done}: it starts with the
 * first part of some key) must be a key, or a stem whose registered suffixes are keys (a mail's
 * {@code .subject} and {@code .body});</li>
 * <li>every concatenation that builds a key (it starts with such a literal, or it is the key argument of
 * {@code getTranslation} or {@code getMessage}) must be registered as a family, with the enum or the values it
 * is built from; then every key of the family must exist. A new concatenation fails the check until it is
 * registered, and a registered family the code no longer builds fails it too.</li>
 * </ul>
 * Keys reach the places that translate them through variables and parameters as well, which is why the literals
 * are checked wherever they stand.
 */
public final class MessageKeys {

    private static final String PLACEHOLDER = "{}";
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern KEY_PIECE = Pattern.compile("[A-Za-z0-9._-]*");
    private static final Set<String> TRANSLATING_METHODS = Set.of("getTranslation", "getMessage");

    private final Properties dutch = new Properties();
    private final Properties english = new Properties();
    private final Map<String, List<String>> families = new LinkedHashMap<>();
    private final List<String> stemSuffixes = new ArrayList<>();

    private MessageKeys(Set<String> basenames) {
        for (String basename : basenames) {
            dutch.putAll(load(basename + ".properties"));
            english.putAll(load(basename + "_en.properties"));
        }
    }

    /** The keys of these bundles ({@code i18n/name}, Dutch and English). */
    public static MessageKeys in(Set<String> basenames) {
        return new MessageKeys(basenames);
    }

    /** Keys built as {@code template} with each constant's name in place of {@code {}}. */
    public MessageKeys family(String template, Class<? extends Enum<?>> values) {
        return family(
                template,
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    /** Keys built as {@code template} with the names of only these constants: the code builds no others. */
    public MessageKeys family(String template, Enum<?>... values) {
        return family(template, Arrays.stream(values).map(Enum::name).toArray(String[]::new));
    }

    /**
     * Keys built as {@code template} with each of {@code values} in place of {@code {}}: for keys built from
     * strings, which the code had better turn into an enum.
     */
    public MessageKeys family(String template, String... values) {
        assertThat(template).as("a family's template").containsOnlyOnce(PLACEHOLDER);
        families.merge(
                template,
                List.of(values),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        return this;
    }

    /**
     * Keys built by appending each suffix to a stem, as {@code key + ".subject"}: the stem is a literal elsewhere
     * in the code, and has a text under each suffix.
     */
    public MessageKeys stems(String... suffixes) {
        stemSuffixes.addAll(List.of(suffixes));
        return this;
    }

    /** Checks the keys the sources under {@code sources} use; fails with every problem found, by file and line. */
    public void checkSources(Path sources) {
        Scan scan = scan(sources);
        Set<String> namespaces = new TreeSet<>();
        for (String key : dutch.stringPropertyNames()) {
            if (key.indexOf('.') > 0) {
                namespaces.add(key.substring(0, key.indexOf('.') + 1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Found literal : scan.literals) {
            if (KEY_SHAPE.matcher(literal.text).matches()
                    && startsWithAny(literal.text, namespaces)
                    && !hasText(literal.text)
                    && !isStem(literal.text)) {
                problems.add(literal.where + ": no text for \"" + literal.text + "\"" + missing(literal.text));
            }
        }
        Set<String> built = new TreeSet<>();
        for (Found concatenation : scan.concatenations) {
            if (!concatenation.sink
                    && !(startsWithAny(concatenation.text, namespaces)
                            && KEY_PIECE
                                    .matcher(concatenation.text.replace(PLACEHOLDER, ""))
                                    .matches())) {
                continue;
            }
            built.add(concatenation.text);
            if (!concatenation.text.contains(PLACEHOLDER)) {
                if (!hasText(concatenation.text)) {
                    problems.add(concatenation.where + ": no text for \"" + concatenation.text + "\""
                            + missing(concatenation.text));
                }
            } else if (!families.containsKey(concatenation.text) && !isStemTemplate(concatenation.text)) {
                problems.add(concatenation.where + ": a key built as \"" + concatenation.text
                        + "\" that the test does not know: register it with the enum or the values it is built from");
            }
        }
        for (String suffix : stemSuffixes) {
            if (!built.contains(PLACEHOLDER + suffix)) {
                problems.add("stems with \"" + suffix + "\" are registered, but no code builds such a key any more");
            }
        }
        families.forEach((template, values) -> {
            if (!built.contains(template)) {
                problems.add("the family \"" + template + "\" is registered, but no code builds it any more");
            }
            for (String value : values) {
                String key = template.replace(PLACEHOLDER, value);
                if (!hasText(key)) {
                    problems.add("no text for \"" + key + "\" of the family \"" + template + "\"" + missing(key));
                }
            }
        });
        assertThat(problems).as("message keys in %s", sources).isEmpty();
    }

    private boolean hasText(String key) {
        return dutch.containsKey(key) && english.containsKey(key);
    }

    private String missing(String key) {
        List<String> where = new ArrayList<>();
        if (!dutch.containsKey(key)) {
            where.add("Dutch");
        }
        if (!english.containsKey(key)) {
            where.add("English");
        }
        return " (missing in " + String.join(" and ", where) + ")";
    }

    private boolean isStem(String text) {
        return !stemSuffixes.isEmpty() && stemSuffixes.stream().allMatch(suffix -> hasText(text + suffix));
    }

    private boolean isStemTemplate(String template) {
        return stemSuffixes.stream().anyMatch(suffix -> template.equals(PLACEHOLDER + suffix));
    }

    private static boolean startsWithAny(String text, Set<String> prefixes) {
        return prefixes.stream().anyMatch(text::startsWith);
    }

    private record Found(String where, String text, boolean sink) {}

    private record Scan(List<Found> literals, List<Found> concatenations) {}

    private static Scan scan(Path sources) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(sources)) {
            paths = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(paths).as("sources under %s", sources).isNotEmpty();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(
                    null,
                    files,
                    diagnostic -> {},
                    List.of("-proc:none"),
                    null,
                    files.getJavaFileObjectsFromPaths(paths));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            Scan scan = new Scan(new ArrayList<>(), new ArrayList<>());
            for (CompilationUnitTree unit : task.parse()) {
                new Finder(unit, positions, sources, scan).scan(unit, null);
            }
            return scan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the string literals and the string concatenations of one source file. */
    private static final class Finder extends TreeScanner<Void, Void> {

        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final String file;
        private final Scan scan;
        private final Set<Tree> keyArguments = Collections.newSetFromMap(new IdentityHashMap<>());

        Finder(CompilationUnitTree unit, SourcePositions positions, Path sources, Scan scan) {
            this.unit = unit;
            this.positions = positions;
            this.file = sources.toAbsolutePath()
                    .relativize(Path.of(unit.getSourceFile().toUri()))
                    .toString();
            this.scan = scan;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            if (TRANSLATING_METHODS.contains(name(node.getMethodSelect()))
                    && !node.getArguments().isEmpty()) {
                markKeyArgument(node.getArguments().getFirst());
            }
            return super.visitMethodInvocation(node, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree node, Void unused) {
            if (node.getValue() instanceof String text) {
                scan.literals.add(new Found(where(node), text, false));
            }
            return null;
        }

        @Override
        public Void visitBinary(BinaryTree node, Void unused) {
            if (node.getKind() != Tree.Kind.PLUS) {
                return super.visitBinary(node, unused);
            }
            List<ExpressionTree> pieces = new ArrayList<>();
            flatten(node, pieces);
            if (pieces.stream().noneMatch(MessageKeys.Finder::isString)) {
                return super.visitBinary(node, unused);
            }
            StringBuilder template = new StringBuilder();
            for (ExpressionTree piece : pieces) {
                if (isString(piece)) {
                    template.append(((LiteralTree) piece).getValue());
                } else {
                    template.append(PLACEHOLDER);
                    scan(piece, unused);
                }
            }
            scan.concatenations.add(new Found(where(node), template.toString(), keyArguments.contains(node)));
            return null;
        }

        private void markKeyArgument(ExpressionTree argument) {
            switch (argument) {
                case ParenthesizedTree parenthesized -> markKeyArgument(parenthesized.getExpression());
                case ConditionalExpressionTree conditional -> {
                    markKeyArgument(conditional.getTrueExpression());
                    markKeyArgument(conditional.getFalseExpression());
                }
                default -> keyArguments.add(argument);
            }
        }

        private static void flatten(ExpressionTree tree, List<ExpressionTree> pieces) {
            if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
                flatten(binary.getLeftOperand(), pieces);
                flatten(binary.getRightOperand(), pieces);
            } else {
                pieces.add(tree);
            }
        }

        private static boolean isString(ExpressionTree tree) {
            return tree instanceof LiteralTree literal && literal.getValue() instanceof String;
        }

        private static String name(ExpressionTree method) {
            return switch (method) {
                case IdentifierTree identifier -> identifier.getName().toString();
                case MemberSelectTree select -> select.getIdentifier().toString();
                default -> "";
            };
        }

        private String where(Tree node) {
            return file + ":" + unit.getLineMap().getLineNumber(positions.getStartPosition(unit, node));
        }
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
