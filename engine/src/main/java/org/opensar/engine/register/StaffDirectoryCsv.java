package org.opensar.engine.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the council's staff directory: a CSV file with a header row naming at least a {@code name} column, and
 * optionally {@code job title} (or {@code role}) and {@code email}, in any order and case. Every fault is a clear
 * error naming its line: a missing name, a row with more fields than the header, an e-mail without an "@".
 */
public final class StaffDirectoryCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private StaffDirectoryCsv() {}

    public static List<StaffMember> read(Path csv) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(in, csv.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidStaffDirectoryException(csv + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    public static List<StaffMember> read(Reader in, String origin) {
        List<StaffMember> staff = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(in)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String name = column(header, "name");
            if (name == null) {
                throw new InvalidStaffDirectoryException(
                        origin + " line 1: the header needs a 'name' column, got " + header.keySet());
            }
            String job = column(header, "job title", "job_title", "jobtitle", "title", "role");
            String email = column(header, "email", "e-mail", "email address");
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.size() > header.size()) {
                    throw new InvalidStaffDirectoryException(origin + " line " + line + ": " + row.size()
                            + " fields where the header has " + header.size());
                }
                String person = row.isSet(name) ? row.get(name) : "";
                if (person.isBlank()) {
                    throw new InvalidStaffDirectoryException(origin + " line " + line + ": no name");
                }
                String address = email != null && row.isSet(email) ? row.get(email) : "";
                if (!address.isEmpty() && !address.contains("@")) {
                    throw new InvalidStaffDirectoryException(
                            origin + " line " + line + ": '" + address + "' is not an e-mail address");
                }
                staff.add(new StaffMember(person, job != null && row.isSet(job) ? row.get(job) : "", address));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV names the line in its message: "(line 3) invalid char between encapsulated token..."
            throw new InvalidStaffDirectoryException(origin + ": not a readable CSV file: " + e.getMessage());
        }
        return List.copyOf(staff);
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String column : header.keySet()) {
            String plain = column.strip().toLowerCase(Locale.ROOT);
            for (String wanted : names) {
                if (plain.equals(wanted)) {
                    return column;
                }
            }
        }
        return null;
    }
}
