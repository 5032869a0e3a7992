package io.academichub.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the first argument a command did not understand, with the nearest valid one: {@code Unknown option:
 * '--sauce'. Did you mean --source?}. Picocli's own message lists every leftover word ({@code Unknown options:
 * '--sauce', 'arxiv:cs.AI'}), suggests nothing for such a typo, and is preempted by "Missing required option" when the
 * mistyped option was the required one.
 */
final class UnknownArgument {

    private UnknownArgument() {
    }

    /** One line about {@code unmatched}, which must not be empty. */
    static String describe(CommandSpec spec, List<String> unmatched) {
        String first = unmatched.get(0); // what follows it is usually the mistyped option's value
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                names.addAll(List.of(o.names()));
            }
            return "Unknown option: '" + name + "'" + didYouMean(name, names);
        }
        if (!spec.subcommands().isEmpty()) {
            return "Unknown command: '" + first + "'" + didYouMean(first, List.copyOf(spec.subcommands().keySet()));
        }
        return "Unexpected argument: '" + first + "'";
    }

    private static String didYouMean(String typed, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // Close enough to be a typo: a couple of letters, more in a long name.
        return best != null && bestDistance <= Math.max(2, typed.length() / 3) ? ". Did you mean " + best + "?" : "";
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
