#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;

// One running window per diary, and many doors into it: a second launch, a writing
// command (`cramp-diary log` while the window is open) or the evening reminder's "Check in"
// reach the running window through a local socket named after the diary file (the
// pattern KeePassXC and qBittorrent use). Requests and replies are one line of JSON each.
namespace SingleInstance {

// The socket's name for a diary: private to the user, one per canonical diary path.
QString serverName(const QString &diaryPath);

// Sends `request` to the window serving `diaryPath`; nothing if no window serves it.
std::optional<QJsonObject> send(const QString &diaryPath, const QJsonObject &request, int timeoutMs = 30000);

// Listens for the window that has `diaryPath` open (and so holds its lock: a socket left
// by a killed window is taken over safely). `handle` answers each request.
class Server : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<QJsonObject(const QJsonObject &request)>;
    Server(const QString &diaryPath, Handler handle, QObject *parent = nullptr);
    ~Server() override;

    bool isListening() const;

private:
    void answer();

    Handler m_handle;
    QLocalServer *m_server = nullptr;
};

} // namespace SingleInstance
