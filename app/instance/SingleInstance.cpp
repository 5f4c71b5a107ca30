#include "app/instance/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace SingleInstance {

namespace {
QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> readLine(QLocalSocket &socket, int timeoutMs)
{
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(socket.readLine());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QString serverName(const QString &diaryPath)
{
    const QFileInfo info(diaryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral("cramp-diary-%1").arg(QString::fromLatin1(hash));
    // In the user's private runtime folder where there is one; else Qt's default place.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

std::optional<QJsonObject> send(const QString &diaryPath, const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(diaryPath));
    if (!socket.waitForConnected(1000))
        return std::nullopt;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return std::nullopt;
    return readLine(socket, timeoutMs);
}

Server::Server(const QString &diaryPath, Handler handle, QObject *parent)
    : QObject(parent)
    , m_handle(std::move(handle))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(diaryPath);
    // This process holds the diary's lock, so a socket of that name is a dead window's.
    if (!m_server->listen(name)) {
        QLocalServer::removeServer(name);
        m_server->listen(name);
    }
    connect(m_server, &QLocalServer::newConnection, this, &Server::answer);
}

Server::~Server() = default;

bool Server::isListening() const
{
    return m_server->isListening();
}

void Server::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine());
            const QJsonObject reply = document.isObject()
                    ? m_handle(document.object())
                    : QJsonObject { { QStringLiteral("error"), QStringLiteral("not a request") } };
            socket->write(encode(reply));
            socket->flush();
        });
        if (socket->bytesAvailable() > 0) // arrived before the connection above
            emit socket->readyRead();
    }
}

} // namespace SingleInstance
