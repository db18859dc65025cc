#pragma once

#include "workflows/provisioningengine.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace exotrunk {

// The calls of a running plan, one row each with its state and, on failure, the reason —
// plus the three choices after a failure: Retry failed, Keep as is, Roll back.
// Shared by the wizard's progress page and the create form.
class ProvisioningProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit ProvisioningProgressWidget(QWidget *parent = nullptr);

    void setEngine(ProvisioningEngine *engine);
    ProvisioningEngine *engine() const { return m_engine; }
    QTreeWidget *list() const { return m_list; }

signals:
    void stateChanged(exotrunk::ProvisioningEngine::State state);

private:
    void rebuild();
    void updateRow(int index);
    void updateState();

    QPointer<ProvisioningEngine> m_engine;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_rollBack = nullptr;
};

} // namespace exotrunk
