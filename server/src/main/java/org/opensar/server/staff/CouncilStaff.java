package org.opensar.server.staff;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.opensar.engine.register.StaffDirectoryCsv;
import org.opensar.engine.register.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council's staff, whose names stay in a disclosure when they act in their role: its staff directory, imported
 * by an administrator from CSV (the engine reads the file: a bad line is refused with its number), and the staff
 * accounts of OpenSAR itself. Case registers read {@link #members()}.
 */
@Service
public class CouncilStaff {

    private final JdbcClient jdbc;
    private final StaffDirectory accounts;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CouncilStaff(
            JdbcClient jdbc, StaffDirectory accounts, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Everyone in the imported directory, then every staff account by its full name. */
    @Transactional(readOnly = true)
    public List<StaffMember> members() {
        List<StaffMember> members =
                new ArrayList<>(jdbc.sql("select name, job_title, email from staff_directory_entry order by id")
                        .query((rs, row) -> new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list());
        accounts.all().stream()
                .filter(user -> !user.displayName().equals(user.username()))
                .forEach(user -> members.add(
                        new StaffMember(user.displayName(), user.role().label(), user.email())));
        return members;
    }

    /** How many people the imported directory holds. */
    @Transactional(readOnly = true)
    public int directorySize() {
        return jdbc.sql("select count(*) from staff_directory_entry")
                .query(Integer.class)
                .single();
    }

    /**
     * Replaces the imported directory with the CSV's people; nothing changes when a line is wrong.
     *
     * @throws org.opensar.engine.register.InvalidStaffDirectoryException naming the line at fault
     */
    @Transactional
    public int replace(Reader csv, String origin, Actor actor) {
        List<StaffMember> members = StaffDirectoryCsv.read(csv, origin);
        int before = directorySize();
        jdbc.sql("delete from staff_directory_entry").update();
        for (StaffMember member : members) {
            jdbc.sql("""
                    insert into staff_directory_entry (name, job_title, email, imported_by, imported_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(
                            member.name(),
                            member.jobTitle(),
                            member.email(),
                            actor.username(),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        events.publishEvent(new StaffDirectoryImported(
                actor.username(),
                json.writeValueAsString(new Size(before)),
                json.writeValueAsString(new Size(members.size()))));
        return members.size();
    }

    private record Size(int people) {}
}
