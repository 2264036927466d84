#include "core/lab/LabConfigWriter.h"

namespace danewerk::core {

namespace {

QString quoted(const QString& text) {
    return u'"' + text + u'"';
}

} // namespace

QString LabConfigWriter::at(const QString& address) const {
    return QStringLiteral("%1@%2").arg(address).arg(m_plan.dnsPort());
}

QString LabConfigWriter::nsd(const QList<LabServedZone>& zones) const {
    const QString dir = m_paths.path(QStringLiteral("nsd"));
    QString text =
        QStringLiteral("# Public authoritative server of the Danewerk lab (generated).\n"
                       "server:\n"
                       "    ip-address: %1\n"
                       "    do-ip6: no\n"
                       "    username: \"\"\n"
                       "    chroot: \"\"\n"
                       "    zonesdir: %2\n"
                       "    pidfile: %3\n"
                       "    xfrdfile: %4\n"
                       "    xfrdir: %5\n"
                       "    zonelistfile: %6\n"
                       "    database: \"\"\n"
                       "    server-count: 1\n"
                       "    hide-version: yes\n"
                       "    verbosity: 1\n"
                       "    xfrd-reload-timeout: 1\n"
                       "remote-control:\n"
                       "    control-enable: no\n")
            .arg(at(m_plan.authoritative()), quoted(m_paths.zonesDir()), quoted(dir + QStringLiteral("/nsd.pid")),
                 quoted(dir + QStringLiteral("/xfrd.state")), quoted(dir), quoted(dir + QStringLiteral("/zone.list")));
    for (const LabServedZone& zone : zones) {
        // Zone transfers to loopback only: the Lab page shows the signed proxy zone this way.
        text += QStringLiteral("zone:\n    name: %1\n    provide-xfr: 127.0.0.0/8 NOKEY\n").arg(quoted(zone.name));
        if (zone.fromSigner)
            text += QStringLiteral("    request-xfr: AXFR %1 NOKEY\n    allow-notify: 127.0.0.0/8 NOKEY\n")
                        .arg(at(m_plan.signer()));
        else
            text += QStringLiteral("    zonefile: %1\n").arg(quoted(m_paths.zoneServed(zone.name)));
    }
    return text;
}

QString LabConfigWriter::hiddenPrimary(const QStringList& zones) const {
    const QString dir = m_paths.path(QStringLiteral("hidden"));
    QString text = QStringLiteral("# Hidden primary of the signing-proxy scenario: unsigned zones (generated).\n"
                                  "server:\n"
                                  "    ip-address: %1\n"
                                  "    do-ip6: no\n"
                                  "    username: \"\"\n"
                                  "    chroot: \"\"\n"
                                  "    zonesdir: %2\n"
                                  "    pidfile: %3\n"
                                  "    xfrdfile: %4\n"
                                  "    xfrdir: %2\n"
                                  "    zonelistfile: %5\n"
                                  "    database: \"\"\n"
                                  "    server-count: 1\n"
                                  "    verbosity: 1\n"
                                  "remote-control:\n"
                                  "    control-enable: no\n")
                       .arg(at(m_plan.hiddenPrimary()), quoted(dir), quoted(dir + QStringLiteral("/nsd.pid")),
                            quoted(dir + QStringLiteral("/xfrd.state")), quoted(dir + QStringLiteral("/zone.list")));
    for (const QString& zone : zones)
        text += QStringLiteral("zone:\n    name: %1\n    zonefile: %2\n    provide-xfr: 127.0.0.0/8 NOKEY\n"
                               "    notify: %3 NOKEY\n")
                    .arg(quoted(zone), quoted(m_paths.hiddenZone(zone)), at(m_plan.signer()));
    return text;
}

QString LabConfigWriter::knot(const QStringList& zones) const {
    const QString dir = m_paths.path(QStringLiteral("knot"));
    QString text = QStringLiteral("# Signer of the signing-proxy scenario (generated): fed by AXFR from the hidden\n"
                                  "# primary, signs with its own key, notifies the public server.\n"
                                  "server:\n"
                                  "    rundir: %1\n"
                                  "    pidfile: %2\n"
                                  "    listen: %3\n"
                                  "    background-workers: 1\n"
                                  "    udp-workers: 1\n"
                                  "    tcp-workers: 1\n"
                                  "log:\n"
                                  "  - target: stderr\n"
                                  "    any: info\n"
                                  "database:\n"
                                  "    storage: %4\n"
                                  "    kasp-db: %5\n"
                                  "remote:\n"
                                  "  - id: hidden\n"
                                  "    address: %6\n"
                                  "  - id: public\n"
                                  "    address: %7\n"
                                  "acl:\n"
                                  "  - id: loopback\n"
                                  "    address: 127.0.0.0/8\n"
                                  "    action: [notify, transfer]\n"
                                  "policy:\n"
                                  "  - id: lab\n"
                                  "    algorithm: ecdsap256sha256\n"
                                  "    single-type-signing: on\n"
                                  "    ksk-lifetime: 0\n"
                                  "    zsk-lifetime: 0\n"
                                  "    rrsig-lifetime: 14d\n"
                                  "    rrsig-refresh: 7d\n"
                                  "template:\n"
                                  "  - id: default\n"
                                  "    storage: %4\n"
                                  "    zonefile-sync: -1\n"
                                  "    zonefile-load: none\n"
                                  "    journal-content: all\n"
                                  "zone:\n")
                       .arg(quoted(dir), quoted(dir + QStringLiteral("/knot.pid")), at(m_plan.signer()),
                            quoted(dir + QStringLiteral("/db")), quoted(dir + QStringLiteral("/keys")),
                            at(m_plan.hiddenPrimary()), at(m_plan.authoritative()));
    for (const QString& zone : zones)
        text += QStringLiteral("  - domain: %1\n    master: hidden\n    notify: public\n    acl: loopback\n"
                               "    dnssec-signing: on\n    dnssec-policy: lab\n")
                    .arg(quoted(zone));
    return text;
}

QString LabConfigWriter::unbound(const QStringList& zones) const {
    const QString dir = m_paths.path(QStringLiteral("unbound"));
    QString text =
        QStringLiteral("# Validating resolver of the Danewerk lab (generated): trusts only the lab's root key.\n"
                       "server:\n"
                       "    interface: %1\n"
                       "    port: %2\n"
                       "    outgoing-interface: %3\n"
                       "    do-ip6: no\n"
                       "    username: \"\"\n"
                       "    chroot: \"\"\n"
                       "    directory: %4\n"
                       "    pidfile: %5\n"
                       "    use-syslog: no\n"
                       "    logfile: \"\"\n"
                       "    verbosity: 1\n"
                       "    val-log-level: 2\n"
                       "    log-servfail: yes\n"
                       "    num-threads: 1\n"
                       "    so-reuseport: no\n"
                       "    access-control: 127.0.0.0/8 allow\n"
                       "    access-control: ::1 allow\n"
                       "    do-not-query-localhost: no\n"
                       "    local-zone: \"test.\" nodefault\n"
                       "    trust-anchor-file: %6\n"
                       "    aggressive-nsec: no\n"
                       "    cache-max-ttl: 60\n"
                       "    cache-max-negative-ttl: 10\n"
                       "    infra-host-ttl: 10\n"
                       "    val-bogus-ttl: 5\n"
                       "    module-config: \"validator iterator\"\n"
                       "remote-control:\n"
                       "    control-enable: no\n")
            .arg(m_plan.resolver())
            .arg(m_plan.dnsPort())
            .arg(m_plan.resolver(), quoted(dir), quoted(dir + QStringLiteral("/unbound.pid")),
                 quoted(m_paths.trustAnchorDs()));
    // A stub per zone rather than root hints: referrals carry no port, and unprivileged mode needs one.
    for (const QString& zone : zones)
        text += QStringLiteral("stub-zone:\n    name: %1\n    stub-addr: %2\n    stub-prime: no\n")
                    .arg(quoted(zone), at(m_plan.authoritative()));
    return text;
}

QString LabConfigWriter::postfixMain(bool ipv6, const QString& dataDirectory) const {
    return QStringLiteral("# Mail servers of the Danewerk lab (generated): one smtpd per MX address, see master.cf.\n"
                          "compatibility_level = 3.6\n"
                          "queue_directory = %1\n"
                          "data_directory = %2\n"
                          "mail_owner = postfix\n"
                          "setgid_group = postdrop\n"
                          "inet_interfaces = loopback-only\n"
                          "inet_protocols = %3\n"
                          "myhostname = mail.lab.test\n"
                          "mydestination =\n"
                          "relay_domains =\n"
                          "local_recipient_maps =\n"
                          "alias_maps =\n"
                          "alias_database =\n"
                          "smtpd_relay_restrictions = reject\n"
                          "smtpd_banner = $myhostname ESMTP Danewerk lab\n"
                          "smtpd_tls_security_level = may\n"
                          "smtpd_tls_loglevel = 1\n"
                          "maillog_file = /dev/stdout\n"
                          "biff = no\n")
        .arg(m_paths.path(QStringLiteral("postfix/queue")), dataDirectory,
             ipv6 ? QStringLiteral("all") : QStringLiteral("ipv4"));
}

QString LabConfigWriter::postfixMaster(const QList<LabSmtpListener>& listeners) const {
    QString text = QStringLiteral("# One smtpd per MX address, each with its own certificate (generated).\n");
    for (const LabSmtpListener& listener : listeners) {
        const QString where = listener.address.contains(u':')
                                  ? QStringLiteral("[%1]:%2").arg(listener.address).arg(listener.port)
                                  : QStringLiteral("%1:%2").arg(listener.address).arg(listener.port);
        if (listener.starttls)
            text += QStringLiteral("%1 inet n - n - - smtpd -o smtpd_tls_security_level=may "
                                   "-o smtpd_tls_chain_files=%2\n")
                        .arg(where, listener.chainFile);
        else
            text += QStringLiteral("%1 inet n - n - - smtpd -o smtpd_tls_security_level=none\n").arg(where);
    }
    text += QStringLiteral("pickup unix n - n 60 1 pickup\n"
                           "cleanup unix n - n - 0 cleanup\n"
                           "qmgr unix n - n 300 1 qmgr\n"
                           "tlsmgr unix - - n 1000? 1 tlsmgr\n"
                           "rewrite unix - - n - - trivial-rewrite\n"
                           "bounce unix - - n - 0 bounce\n"
                           "defer unix - - n - 0 bounce\n"
                           "trace unix - - n - 0 bounce\n"
                           "verify unix - - n - 1 verify\n"
                           "flush unix n - n 1000? 0 flush\n"
                           "proxymap unix - - n - - proxymap\n"
                           "proxywrite unix - - n - 1 proxymap\n"
                           "smtp unix - - n - - smtp\n"
                           "relay unix - - n - - smtp\n"
                           "showq unix n - n - - showq\n"
                           "error unix - - n - - error\n"
                           "retry unix - - n - - error\n"
                           "discard unix - - n - - discard\n"
                           "anvil unix - - n - 1 anvil\n"
                           "scache unix - - n - 1 scache\n"
                           "postlog unix-dgram n - n - 1 postlogd\n");
    return text;
}

} // namespace danewerk::core
