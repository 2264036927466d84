// Our own live check against the real lab: for every scenario, `danewerk-cli check` must reach the verdict,
// host statuses, MX DNSSEC state and findings the scenario expects (the same ones delv and posttls-finger
// confirm in tst_LabScenarios).
#include "LabTestSupport.h"

#include <QTest>

using namespace danewerk::core;

class tst_LabCheck : public QObject {
    Q_OBJECT

private:
    LabScenarioCatalog m_catalog;
    QMap<QString, QJsonObject> m_results;
    QString m_diagnostics;

private slots:
    void initTestCase() {
        auto catalog = LabScenarioCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        m_catalog = catalog.value();
        m_results = labtest::checkAll(m_catalog, labtest::labDir(), &m_diagnostics);
        QVERIFY2(m_results.size() == m_catalog.scenarios().size(), qPrintable(m_diagnostics));
    }

    void verdictIsTheExpectedOne_data() {
        QTest::addColumn<QString>("id");
        for (const LabScenario& scenario : m_catalog.scenarios())
            QTest::newRow(qPrintable(scenario.id)) << scenario.id;
    }
    void verdictIsTheExpectedOne() {
        QFETCH(QString, id);
        const LabScenario* scenario = m_catalog.find(id);
        QVERIFY(scenario);
        const QString problems = labtest::differences(*scenario, m_results.value(scenario->domain));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(tst_LabCheck)
#include "tst_LabCheck.moc"
