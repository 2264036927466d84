// Values from lab scenario files and rollover plan files never lead out of their directory: every field that
// becomes part of a file name (scenario id, zone name, certificate id, server id) refuses absolute paths,
// ".." components and separators with an error naming the file and the field; scenario files that are
// symbolic links leading out of the scenario directory are refused; plan files carry no path at all (a
// path-like field is an unknown key). Also containedPath() itself, on a real directory tree with links.

#include "core/common/ContainedPath.h"
#include "core/lab/LabScenario.h"
#include "core/lab/LabScenarioCatalog.h"
#include "core/rollover/PlanJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::core;

namespace {

QString scenarioDirectory() {
    return QStringLiteral(DANEWERK_TEST_DATA "/../../resources/lab/scenarios");
}

QJsonObject goodScenario() {
    QFile file(scenarioDirectory() + QStringLiteral("/01-dane-ee-valid.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

} // namespace

class tst_pathescape : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!goodScenario().isEmpty(), "the shipped scenario 01 is readable"); }

    void goodScenarioParses() { QVERIFY(parseLabScenario(bytes(goodScenario()), QStringLiteral("01.json")).ok()); }

    // field: which value to replace; value: the hostile one; code and the words the message must contain.
    void scenarioFields_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("certificate id ..") << "certificates.id"
                                           << ".."
                                           << "PATH_ESCAPES"
                                           << "certificates[0].id";
        QTest::newRow("certificate id ../../etc/x") << "certificates.id"
                                                    << "../../etc/x"
                                                    << "PATH_ESCAPES"
                                                    << "\"..\" component";
        QTest::newRow("certificate id absolute") << "certificates.id"
                                                 << "/etc/passwd"
                                                 << "PATH_ESCAPES"
                                                 << "absolute path";
        QTest::newRow("certificate id with a separator") << "certificates.id"
                                                         << "sub/mx1"
                                                         << "PATH_ESCAPES"
                                                         << "must be a name, not a path";
        QTest::newRow("certificate id home") << "certificates.id"
                                             << "~root"
                                             << "PATH_ESCAPES"
                                             << "certificates[0].id";
        QTest::newRow("certificate id dot") << "certificates.id"
                                            << "."
                                            << "PATH_ESCAPES"
                                            << "certificates[0].id";
        QTest::newRow("server id ..") << "servers.id"
                                      << "../x"
                                      << "PATH_ESCAPES"
                                      << "servers[0].id";
        QTest::newRow("server id absolute") << "servers.id"
                                            << "/tmp/x"
                                            << "PATH_ESCAPES"
                                            << "absolute path";
        QTest::newRow("scenario id ..") << "id"
                                        << ".."
                                        << "LAB_SCENARIO_INVALID"
                                        << "\"id\"";
        QTest::newRow("scenario id absolute") << "id"
                                              << "/etc"
                                              << "LAB_SCENARIO_INVALID"
                                              << "\"id\"";
        QTest::newRow("zone name ..") << "zones.name"
                                      << "../good.test."
                                      << "LAB_SCENARIO_INVALID"
                                      << "zone name";
        QTest::newRow("zone name absolute") << "zones.name"
                                            << "/etc/good.test."
                                            << "LAB_SCENARIO_INVALID"
                                            << "zone name";
        QTest::newRow("zone name empty labels") << "zones.name"
                                                << "..test."
                                                << "LAB_SCENARIO_INVALID"
                                                << "zone name";
    }

    void scenarioFields() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        QJsonObject scenario = goodScenario();
        const QStringList parts = field.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            scenario.insert(parts[0], value);
        } else {
            QJsonArray array = scenario.value(parts[0]).toArray();
            QJsonObject first = array.at(0).toObject();
            first.insert(parts[1], value);
            array[0] = first;
            scenario.insert(parts[0], array);
            // Keep the reference from the server consistent, so only the path check can refuse it.
            if (field == QLatin1String("certificates.id")) {
                QJsonArray servers = scenario.value(u"servers").toArray();
                QJsonObject server = servers.at(0).toObject();
                server.insert(QStringLiteral("certificate"), value);
                servers[0] = server;
                scenario.insert(QStringLiteral("servers"), servers);
            }
        }
        const auto parsed = parseLabScenario(bytes(scenario), QStringLiteral("/srv/lab/evil.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().file, QStringLiteral("/srv/lab/evil.json"));
        QVERIFY2(parsed.error().message.contains(QLatin1String("/srv/lab/evil.json")),
                 qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }

    void scenarioSymlinks() {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("scenarios")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("outside")));
        const QString scenarios = root.filePath(QStringLiteral("scenarios"));
        const QString real = scenarios + QStringLiteral("/01-real.json");
        QVERIFY(QFile::copy(scenarioDirectory() + QStringLiteral("/01-dane-ee-valid.json"), real));
        // A link inside the directory to a file inside it is fine (it is the same scenario, so it would be a
        // duplicate: point a second, different scenario there instead).
        QVERIFY(LabScenarioCatalog::load(scenarios).ok());

        const QString outside = root.filePath(QStringLiteral("outside/02.json"));
        QVERIFY(QFile::copy(scenarioDirectory() + QStringLiteral("/02-two-mx-one-bad.json"), outside));
        QVERIFY(QFile::link(outside, scenarios + QStringLiteral("/02-link.json")));
        auto loaded = LabScenarioCatalog::load(scenarios);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("PATH_ESCAPES"));
        QCOMPARE(loaded.error().file, scenarios + QStringLiteral("/02-link.json"));
        QVERIFY(loaded.error().message.contains(QLatin1String("symbolic link")));

        // The same file moved inside and linked relatively: accepted.
        QVERIFY(QFile::remove(scenarios + QStringLiteral("/02-link.json")));
        QVERIFY(QFile::rename(outside, scenarios + QStringLiteral("/02.json.inside")));
        QVERIFY(QFile::link(QStringLiteral("02.json.inside"), scenarios + QStringLiteral("/02-link.json")));
        loaded = LabScenarioCatalog::load(scenarios);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->scenarios().size(), 2);
    }

    void containedPaths_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain file") << "zones/a.zone" << true;
        QTest::newRow("not existing yet") << "new/dir/file" << true;
        QTest::newRow("dot component") << "./zones/a.zone" << true;
        QTest::newRow("link inside") << "inner-link/a.zone" << true;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("home") << "~/x" << false;
        QTest::newRow("dot dot") << "../x" << false;
        QTest::newRow("dot dot inside") << "zones/../../x" << false;
        QTest::newRow("link to outside") << "out-link/x" << false;
        QTest::newRow("file link to outside") << "file-link" << false;
        QTest::newRow("dangling link") << "dangling" << false;
        QTest::newRow("empty") << "" << false;
    }

    void containedPaths() {
        QFETCH(QString, relative);
        QFETCH(bool, ok);
        QTemporaryDir root;
        const QString base = root.filePath(QStringLiteral("lab"));
        QVERIFY(QDir().mkpath(base + QStringLiteral("/zones")));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::link(base + QStringLiteral("/zones"), base + QStringLiteral("/inner-link")));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("elsewhere")), base + QStringLiteral("/out-link")));
        QFile secret(root.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.close();
        QVERIFY(QFile::link(root.filePath(QStringLiteral("secret")), base + QStringLiteral("/file-link")));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("nowhere")), base + QStringLiteral("/dangling")));
        const auto resolved =
            containedPath(base, relative, QStringLiteral("plan.json"), QStringLiteral("keys[0].file"));
        QCOMPARE(resolved.ok(), ok);
        if (ok) {
            QVERIFY(resolved->startsWith(base + QLatin1Char('/')));
        } else {
            QCOMPARE(resolved.error().code, QStringLiteral("PATH_ESCAPES"));
            QVERIFY(resolved.error().message.contains(QLatin1String("plan.json")));
            QVERIFY(resolved.error().message.contains(QLatin1String("keys[0].file")));
        }
    }

    // Plan files name keys by id and carry times; nothing in them is a path. A path-like field is refused as
    // an unknown key, at the top level and inside keys and events.
    void planFilesCarryNoPaths_data() {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("key");
        QTest::newRow("top level file") << ""
                                        << "file";
        QTest::newRow("top level output") << ""
                                          << "output";
        QTest::newRow("key directory") << "keys"
                                       << "directory";
        QTest::newRow("key path") << "keys"
                                  << "path";
        QTest::newRow("event file") << "events"
                                    << "file";
    }

    void planFilesCarryNoPaths() {
        QFETCH(QString, where);
        QFETCH(QString, key);
        QFile file(QStringLiteral(DANEWERK_TEST_DATA "/rollover/spec-example.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(PlanJson::read(bytes(plan), QStringLiteral("plan.json")).ok());
        if (where.isEmpty()) {
            plan.insert(key, QStringLiteral("../../etc/passwd"));
        } else {
            QJsonArray array = plan.value(where).toArray();
            QVERIFY(!array.isEmpty());
            QJsonObject first = array.at(0).toObject();
            first.insert(key, QStringLiteral("/etc/passwd"));
            array[0] = first;
            plan.insert(where, array);
        }
        const auto read = PlanJson::read(bytes(plan), QStringLiteral("plan.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("PLAN_INVALID"));
        QCOMPARE(read.error().file, QStringLiteral("plan.json"));
        QVERIFY2(read.error().message.contains(key), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_pathescape)
#include "tst_pathescape.moc"
