#!/usr/bin/env bash
# A real WordPress for the publishing tests, from Debian's packages (wordpress, mariadb-server,
# php-cli, php-mysql), on 127.0.0.1 only, in a folder of its own:
#   src/test/scripts/wordpress.sh start DIR   -> writes DIR/env (GALLEY_WP_URL, GALLEY_WP_USER, GALLEY_WP_APP_PASSWORD)
#   src/test/scripts/wordpress.sh stop DIR
#   src/test/scripts/wordpress.sh stop-web DIR | start-web DIR   (the site down and up again, database kept)
# MariaDB runs privately (no system service, its own datadir, socket and port); PHP's built-in server
# serves /usr/share/wordpress with four workers (WordPress calls itself while installing). Debian's
# WordPress reads /etc/wordpress/config-<host>.php by the Host header: the site is 127.0.0.1, and
# that file hands over to the site's own config by port (galley-<port>.php), so several sites (two
# checkouts testing at once) can run side by side. Ports: 8491 (web) and 8492 (database), or the next
# free ones when something else holds them (a server left behind by a killed run); GALLEY_WP_PORT
# and GALLEY_WP_DB_PORT choose them outright. The ports chosen are kept in DIR/ports.
set -euo pipefail
cmd=${1:?start or stop}
DIR=$(realpath -m "${2:?folder}")
HOST=127.0.0.1

# true when something listens on the port
busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# the first port from $1 on that nothing listens on
free_port() {
  local p=$1
  while busy "$p"; do
    p=$((p + 2))
    if [ "$p" -gt $(($1 + 200)) ]; then echo "wordpress.sh: no free port near $1" >&2; return 1; fi
  done
  echo "$p"
}

if [ "$cmd" = start ]; then
  WP_PORT=${GALLEY_WP_PORT:-$(free_port 8491)}
  DB_PORT=${GALLEY_WP_DB_PORT:-$(free_port 8492)}
elif [ -f "$DIR/ports" ]; then
  read -r WP_PORT DB_PORT < "$DIR/ports"
else
  WP_PORT=${GALLEY_WP_PORT:-8491}
  DB_PORT=${GALLEY_WP_DB_PORT:-8492}
fi

stop() {
  if [ -f "$DIR/php.pid" ]; then
    kill -- -"$(cat "$DIR/php.pid")" 2>/dev/null || true
    rm -f "$DIR/php.pid"
  fi
  if [ -f "$DIR/mariadb.pid" ]; then
    kill "$(cat "$DIR/mariadb.pid")" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$(cat "$DIR/mariadb.pid")" 2>/dev/null || break; sleep 0.25; done
    rm -f "$DIR/mariadb.pid"
  fi
  rm -f "/etc/wordpress/galley-$WP_PORT.php"
}

start_web() {
  # its own process group: the workers it forks stop with it
  PHP_CLI_SERVER_WORKERS=4 setsid php -S "$HOST:$WP_PORT" -t /usr/share/wordpress >>"$DIR/php.log" 2>&1 &
  echo $! > "$DIR/php.pid"
  for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://$HOST:$WP_PORT/wp-login.php" && return 0
    sleep 0.25
  done
  echo "wordpress.sh: the site did not start" >&2
  return 1
}

case "$cmd" in
  stop) stop; exit 0 ;;
  stop-web) if [ -f "$DIR/php.pid" ]; then kill -- -"$(cat "$DIR/php.pid")" 2>/dev/null || true; fi; rm -f "$DIR/php.pid"; exit 0 ;;
  start-web) start_web; exit $? ;;
esac

stop
mkdir -p "$DIR"
rm -rf "$DIR/db" "$DIR/cookies" "$DIR/env"
echo "$WP_PORT $DB_PORT" > "$DIR/ports"
mariadb-install-db --no-defaults --datadir="$DIR/db" --user=root --auth-root-authentication-method=normal \
  >"$DIR/mariadb-install.log" 2>&1
mariadbd --no-defaults --datadir="$DIR/db" --socket="$DIR/mysql.sock" --port="$DB_PORT" --bind-address=$HOST \
  --user=root --pid-file="$DIR/mariadbd.pid" --log-error="$DIR/mariadb.log" --skip-log-bin >>"$DIR/mariadb.log" 2>&1 &
echo $! > "$DIR/mariadb.pid"
for _ in $(seq 1 60); do
  mariadb --no-defaults --socket="$DIR/mysql.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb --no-defaults --socket="$DIR/mysql.sock" -uroot -e "
  CREATE DATABASE galley_wp CHARACTER SET utf8mb4;
  CREATE USER 'galley'@'$HOST' IDENTIFIED BY 'galley';
  GRANT ALL ON galley_wp.* TO 'galley'@'$HOST';"

mkdir -p /etc/wordpress
cat > "/etc/wordpress/config-$HOST.php" <<'PHP'
<?php
// Galley's test sites (src/test/scripts/wordpress.sh): one config per port
require '/etc/wordpress/galley-' . (int) $_SERVER['SERVER_PORT'] . '.php';
PHP
cat > "/etc/wordpress/galley-$WP_PORT.php" <<PHP
<?php
define('DB_NAME', 'galley_wp');
define('DB_USER', 'galley');
define('DB_PASSWORD', 'galley');
define('DB_HOST', '$HOST:$DB_PORT');
define('DB_CHARSET', 'utf8mb4');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', 'http://$HOST:$WP_PORT');
define('WP_SITEURL', 'http://$HOST:$WP_PORT');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
\$table_prefix = 'wp_';
PHP

start_web

BASE="http://$HOST:$WP_PORT"
PASSWORD="galley-admin-$(date +%s)"
curl -s -o "$DIR/install.html" -w '%{http_code}' "$BASE/wp-admin/install.php?step=2" \
  --data-urlencode "weblog_title=Galley Test Site" --data-urlencode "user_name=editor" \
  --data-urlencode "admin_password=$PASSWORD" --data-urlencode "admin_password2=$PASSWORD" \
  --data-urlencode "pw_weak=1" --data-urlencode "admin_email=editor@example.com" \
  --data-urlencode "blog_public=0" --data-urlencode "language=" > "$DIR/install.status"
# pretty permalinks, so /wp-json/ routes as on a real site
mariadb --no-defaults --socket="$DIR/mysql.sock" -uroot galley_wp -e \
  "UPDATE wp_options SET option_value='/%postname%/' WHERE option_name='permalink_structure';
   DELETE FROM wp_options WHERE option_name='rewrite_rules';"

# an Application Password, made over REST after a cookie login
curl -s -c "$DIR/cookies" -o /dev/null "$BASE/wp-login.php"
curl -s -b "$DIR/cookies" -c "$DIR/cookies" -o /dev/null "$BASE/wp-login.php" \
  --data-urlencode "log=editor" --data-urlencode "pwd=$PASSWORD" --data-urlencode "wp-submit=Log In" \
  --data-urlencode "testcookie=1"
NONCE=$(curl -s -b "$DIR/cookies" "$BASE/wp-admin/admin-ajax.php?action=rest-nonce")
APP=$(curl -s -b "$DIR/cookies" -H "X-WP-Nonce: $NONCE" -X POST "$BASE/wp-json/wp/v2/users/me/application-passwords" \
  --data-urlencode "name=galley-tests" | php -r 'echo json_decode(stream_get_contents(STDIN))->password ?? "";')
if [ -z "$APP" ]; then
  echo "wordpress.sh: could not make an application password (see $DIR)" >&2
  exit 1
fi
umask 077
cat > "$DIR/env" <<ENV
GALLEY_WP_URL="$BASE"
GALLEY_WP_USER="editor"
GALLEY_WP_APP_PASSWORD="$APP"
ENV
echo "WordPress on $BASE (user editor); credentials in $DIR/env"
