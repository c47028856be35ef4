package org.opensar.engine.tools.generate;

import java.util.List;
import java.util.Random;

/** Synthetic UK identifiers in real formats: drama-reserved phone numbers, valid NHS and NI numbers. */
final class UkIdentifiers {

    private static final List<String> LANDLINE_PREFIXES = List.of(
            "0113 496",
            "0114 496",
            "0115 496",
            "0116 496",
            "0117 496",
            "0118 496",
            "0121 496",
            "0131 496",
            "0141 496",
            "0151 496",
            "0161 496",
            "020 7946",
            "029 2018",
            "01632 96");
    private static final String NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
    private static final String NI_SECOND = "ABCEGHJKLMNPRSTWXYZ";
    private static final List<String> NI_NOT_ISSUED = List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

    private UkIdentifiers() {}

    /** A number from Ofcom's ranges reserved for drama, in one of the formats people write. */
    static String phone(Random random, boolean mobile) {
        if (mobile) {
            String local = String.format("%03d", random.nextInt(1000));
            return switch (random.nextInt(4)) {
                case 0 -> "+44 7700 900" + local;
                case 1 -> "07700900" + local;
                case 2 -> "07700 900 " + local;
                default -> "07700 900" + local;
            };
        }
        String[] parts =
                LANDLINE_PREFIXES.get(random.nextInt(LANDLINE_PREFIXES.size())).split(" ");
        String area = parts[0];
        String subscriber = parts[1] + String.format("0%03d", random.nextInt(1000));
        String spaced = area.length() == 5
                ? subscriber
                : subscriber.substring(0, subscriber.length() - 4) + " "
                        + subscriber.substring(subscriber.length() - 4);
        return switch (random.nextInt(4)) {
            case 0 -> "(" + area + ") " + spaced;
            case 1 -> "+44 " + area.substring(1) + " " + spaced;
            case 2 -> area + " " + subscriber;
            default -> area + " " + spaced;
        };
    }

    /** A ten-digit NHS number whose last digit is the modulus 11 check digit, spaced 3-3-4 or not. */
    static String nhsNumber(Random random) {
        while (true) {
            int[] digits = new int[10];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                digits[i] = i == 0 ? 4 + random.nextInt(6) : random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits[9] = check == 11 ? 0 : check;
            StringBuilder number = new StringBuilder();
            for (int d : digits) {
                number.append(d);
            }
            return random.nextBoolean()
                    ? number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6)
                    : number.toString();
        }
    }

    /** A National Insurance number with a prefix that HMRC issues and a suffix A to D. */
    static String niNumber(Random random) {
        String prefix;
        do {
            prefix = "" + NI_FIRST.charAt(random.nextInt(NI_FIRST.length()))
                    + NI_SECOND.charAt(random.nextInt(NI_SECOND.length()));
        } while (NI_NOT_ISSUED.contains(prefix));
        String digits = String.format("%06d", random.nextInt(1_000_000));
        char suffix = "ABCD".charAt(random.nextInt(4));
        return random.nextBoolean()
                ? prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " "
                        + suffix
                : prefix + digits + suffix;
    }

    /** A current-style registration mark: area letters, age identifier, three random letters. */
    static String vehicleRegistration(Random random) {
        int age = random.nextBoolean() ? 2 + random.nextInt(23) : 52 + random.nextInt(23);
        return "" + letter(random) + letter(random) + String.format("%02d", age) + " " + letter(random) + letter(random)
                + letter(random);
    }

    static String sortCode(Random random) {
        return String.format("%02d-%02d-%02d", 10 + random.nextInt(80), random.nextInt(100), random.nextInt(100));
    }

    static String accountNumber(Random random) {
        return String.format("%08d", random.nextInt(100_000_000));
    }

    static String postcode(Random random, String area) {
        String unit = "ABDEFGHJLNPQRSTUWXYZ";
        return area + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9))
                + unit.charAt(random.nextInt(unit.length())) + unit.charAt(random.nextInt(unit.length()));
    }

    private static char letter(Random random) {
        return PLATE_LETTERS.charAt(random.nextInt(PLATE_LETTERS.length()));
    }
}
