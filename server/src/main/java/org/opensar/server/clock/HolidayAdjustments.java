package org.opensar.server.clock;

import java.time.LocalDate;
import java.util.List;
import org.opensar.engine.clock.HolidayAdjustment;
import org.opensar.engine.clock.Nation;
import org.opensar.engine.clock.PublicHoliday;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrator's additions to and removals from the published holidays, kept in PostgreSQL. */
@Repository
class HolidayAdjustments {

    /** One stored adjustment, as the admin page lists it. */
    record Stored(Nation nation, LocalDate day, boolean added, String name, String createdBy) {

        HolidayAdjustment toAdjustment() {
            return added
                    ? new HolidayAdjustment.Addition(new PublicHoliday(day, nation, name))
                    : new HolidayAdjustment.Removal(day, nation);
        }
    }

    private final JdbcClient jdbc;

    HolidayAdjustments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> all() {
        return jdbc.sql("select * from holiday_adjustment order by day, nation")
                .query((rs, n) -> new Stored(
                        Nation.fromId(rs.getString("nation")),
                        rs.getObject("day", LocalDate.class),
                        "ADDED".equals(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("created_by")))
                .list();
    }

    void save(Stored adjustment) {
        jdbc.sql("""
                insert into holiday_adjustment (nation, day, kind, name, created_by) values (?, ?, ?, ?, ?)
                on conflict (nation, day) do update set kind = excluded.kind, name = excluded.name,
                    created_by = excluded.created_by, created_at = now()""")
                .params(
                        adjustment.nation().id(),
                        adjustment.day(),
                        adjustment.added() ? "ADDED" : "REMOVED",
                        adjustment.name(),
                        adjustment.createdBy())
                .update();
    }

    boolean delete(Nation nation, LocalDate day) {
        return jdbc.sql("delete from holiday_adjustment where nation = ? and day = ?")
                        .params(nation.id(), day)
                        .update()
                == 1;
    }
}
