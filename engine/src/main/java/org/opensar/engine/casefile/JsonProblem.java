package org.opensar.engine.casefile;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * What is wrong with a JSON file of a case, said without quoting it: Jackson's own messages quote the text they
 * stumbled on, and a case.json that is really another file (a link to a password file, say) would have its start
 * shown to whoever reads the error. Only the place (field, line, column) is named.
 */
final class JsonProblem {

    private JsonProblem() {}

    static String describe(JacksonException e) {
        String what = e instanceof StreamReadException ? "is not valid JSON" : "does not have the expected fields";
        Throwable cause = e.getCause();
        if (cause instanceof NullPointerException || cause instanceof IllegalArgumentException) {
            // the case description's own check, naming the field (never a value from the file)
            what = "does not have the expected fields: " + cause.getMessage();
        }
        String field = e.getPath().isEmpty()
                ? ""
                : " (at "
                        + e.getPath().stream()
                                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                                .collect(Collectors.joining("."))
                        + ")";
        var location = e.getLocation();
        String at = location == null || location.getLineNr() < 1
                ? ""
                : " on line " + location.getLineNr() + ", column " + location.getColumnNr();
        return what + field + at;
    }
}
