#pragma once

#include "diagnostics/callpath.h"

#include <QWidget>

class QVBoxLayout;

namespace exotrunk::ui {

// The call path of each direction the trunk serves, drawn as a row of hops joined by arrows.
// Each hop is a chip coloured by its state — configured, missing, check by hand, not loaded —
// with a mark that does not rely on colour, its findings as the tooltip, and an accessible name
// that says all of it. The paths come from models/diagnostics.
class CallPathView : public QWidget {
    Q_OBJECT
public:
    explicit CallPathView(QWidget *parent = nullptr);

    void setPaths(const QList<CallPath> &paths);
    const QList<CallPath> &paths() const { return m_paths; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *pathRow(const CallPath &path);
    QWidget *hopChip(const CallPathHop &hop, QWidget *parent);

    QList<CallPath> m_paths;
    QVBoxLayout *m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace exotrunk::ui
