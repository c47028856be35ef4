package org.opensar.server.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff accounts, kept in PostgreSQL with hashed passwords. */
@Service
public class StaffDirectory implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() : user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.role().authority())
                .build();
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> find(String username) {
        return jdbc.sql("select * from staff_user where username = ?")
                .param(username)
                .query(StaffDirectory::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> findByEmail(String email) {
        return jdbc.sql("select * from staff_user where lower(email) = lower(?)")
                .param(email)
                .query(StaffDirectory::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return jdbc.sql("select * from staff_user order by username")
                .query(StaffDirectory::map)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return jdbc.sql("select count(*) from staff_user where role = 'ADMINISTRATOR' and enabled")
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public void create(StaffUser user) {
        jdbc.sql("""
                insert into staff_user (username, display_name, email, password_hash, role, enabled)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        user.username(),
                        user.displayName(),
                        user.email(),
                        user.passwordHash(),
                        user.role().name(),
                        user.enabled())
                .update();
    }

    private static StaffUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffUser(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"));
    }
}
