package cn.lianxi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** JDBC to a service's own database, as its own role (the loader and the end-to-end time stamps need it). */
final class Db {

    private Db() {
    }

    static Connection connect(Env env, String name) {
        try {
            return DriverManager.getConnection(env.jdbc(name), name, env.dbPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + name + env.dbSuffix(), e);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
