#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace exotrunk::ui {

// A strip across the top of a page that says something the user must keep in mind
// (sandbox mode) or act on (a refresh failed). Colours follow the palette, so the text keeps
// its contrast in light and dark themes.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error, Sandbox };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // A bold title before the text, e.g. "Sandbox".
    void setTitle(const QString &title);
    QString title() const;
    // The message; rich text is allowed. It can be selected and copied, except on the sandbox
    // strip, which states a mode.
    void setText(const QString &text);
    QString text() const;
    // For a banner that shows what a server said: its text is never read as rich text.
    void setPlainText(bool plain);
    // Adds a button on the right; its object name is `objectName` (for tests and a11y).
    QPushButton *addButton(const QString &text, const QString &objectName);
    // Adds a small "×" that hides the banner.
    void setClosable(bool closable);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyColours();
    void updateIcon();

    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_title = nullptr; // built by the first setTitle()
    QLabel *m_text;
    QHBoxLayout *m_layout;
    QPushButton *m_close = nullptr;
    bool m_iconStale = true; // the icon waits for the banner to be shown
};

} // namespace exotrunk::ui
