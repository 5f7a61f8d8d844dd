-- Roles and databases of the three services (one each, like deploy/local/pg-setup.sh). Runs once, on the first
-- start of the postgres container with an empty volume. The password is for local development only.
CREATE ROLE lianxi_case LOGIN PASSWORD 'lianxi-dev-only';
CREATE ROLE lianxi_liaison LOGIN PASSWORD 'lianxi-dev-only';
CREATE ROLE lianxi_credit LOGIN PASSWORD 'lianxi-dev-only';
CREATE DATABASE lianxi_case OWNER lianxi_case ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE lianxi_liaison OWNER lianxi_liaison ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE lianxi_credit OWNER lianxi_credit ENCODING 'UTF8' TEMPLATE template0;
