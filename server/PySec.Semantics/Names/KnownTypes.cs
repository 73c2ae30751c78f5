namespace PySec.Semantics;

/// <summary>
/// What calling a known function or class gives: an instance of the named class. Method calls on such instances
/// resolve as "Class.method", so `s = requests.Session(); s.get(...)` is "requests.Session.get". Extend by adding
/// a line; a class whose constructor returns itself is listed once in <see cref="Classes"/>.
/// </summary>
public static class KnownTypes
{
    private static readonly string[] Classes =
    [
        "requests.Session", "requests.sessions.Session", "httpx.Client", "httpx.AsyncClient", "aiohttp.ClientSession",
        "urllib3.PoolManager", "urllib3.ProxyManager", "urllib3.HTTPConnectionPool", "urllib3.HTTPSConnectionPool",
        "jinja2.Environment", "jinja2.Template", "jinja2.sandbox.SandboxedEnvironment", "mako.template.Template",
        "ssl.SSLContext", "socket.socket", "subprocess.Popen", "tarfile.TarFile", "zipfile.ZipFile", "shelve.Shelf",
        "pickle.Unpickler", "pickle.Pickler", "xml.etree.ElementTree.XMLParser", "xml.sax.xmlreader.XMLReader",
        "lxml.etree.XMLParser", "paramiko.SSHClient", "paramiko.client.SSHClient", "ftplib.FTP", "ftplib.FTP_TLS",
        "smtplib.SMTP", "smtplib.SMTP_SSL", "telnetlib.Telnet", "imaplib.IMAP4", "poplib.POP3", "http.client.HTTPConnection",
        "http.client.HTTPSConnection", "random.Random", "random.SystemRandom", "flask.Flask", "logging.Logger",
        "sqlite3.Connection", "sqlite3.Cursor", "tempfile.NamedTemporaryFile", "tempfile.TemporaryDirectory",
        "xmlrpc.client.ServerProxy", "xmlrpc.server.SimpleXMLRPCServer", "multiprocessing.connection.Listener",
        "code.InteractiveConsole", "code.InteractiveInterpreter", "argparse.ArgumentParser",
    ];

    private static readonly Dictionary<string, string> Returns = Build(
        ("requests.session", "requests.Session"),
        ("ssl.create_default_context", "ssl.SSLContext"),
        ("ssl._create_unverified_context", "ssl.SSLContext"),
        ("ssl._create_default_https_context", "ssl.SSLContext"),
        ("ssl.SSLContext.wrap_socket", "ssl.SSLSocket"),
        ("ssl.wrap_socket", "ssl.SSLSocket"),
        ("socket.create_connection", "socket.socket"),
        ("tarfile.open", "tarfile.TarFile"),
        ("tarfile.TarFile.open", "tarfile.TarFile"),
        ("shelve.open", "shelve.Shelf"),
        ("sqlite3.connect", "sqlite3.Connection"),
        ("sqlite3.Connection.cursor", "sqlite3.Cursor"),
        ("logging.getLogger", "logging.Logger"),
        ("jinja2.Environment.from_string", "jinja2.Template"),
        ("jinja2.Environment.get_template", "jinja2.Template"),
        ("urllib3.connection_from_url", "urllib3.HTTPConnectionPool"),
        ("xml.sax.make_parser", "xml.sax.xmlreader.XMLReader"),
        ("paramiko.SSHClient.open_sftp", "paramiko.SFTPClient"));

    private static readonly HashSet<string> ClassSet = new(Classes, StringComparer.Ordinal);

    /// <summary>The class of the value a call of <paramref name="qualifiedName"/> returns, when known.</summary>
    public static string? ReturnTypeOf(string qualifiedName) =>
        ClassSet.Contains(qualifiedName) ? qualifiedName : Returns.GetValueOrDefault(qualifiedName);

    public static bool IsKnownClass(string qualifiedName) => ClassSet.Contains(qualifiedName);

    private static Dictionary<string, string> Build(params (string Function, string Type)[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (function, type) in entries) map.Add(function, type);
        return map;
    }
}
