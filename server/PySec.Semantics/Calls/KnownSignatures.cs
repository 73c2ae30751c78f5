namespace PySec.Semantics;

/// <summary>
/// Signatures of the APIs the rules look at, as Python signature text. Methods are listed without <c>self</c>.
/// Where the real signature forwards through <c>*args</c>/<c>**kwargs</c> (subprocess.run, requests.get), the
/// effective parameters are written out, so <c>shell</c> or <c>verify</c> bind by name wherever they are passed.
/// </summary>
public static class KnownSignatures
{
    private const string PopenParameters =
        "args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None, close_fds=True, " +
        "shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None, creationflags=0, " +
        "restore_signals=True, start_new_session=False, pass_fds=(), *, group=None, extra_groups=None, user=None, " +
        "umask=-1, encoding=None, errors=None, text=None, pipesize=-1, process_group=None";

    private const string RequestOptions =
        "params=None, data=None, headers=None, cookies=None, files=None, auth=None, timeout=None, " +
        "allow_redirects=True, proxies=None, hooks=None, stream=None, verify=None, cert=None, json=None";

    private const string HttpxOptions =
        "params=None, content=None, data=None, files=None, json=None, headers=None, cookies=None, auth=None, " +
        "proxy=None, follow_redirects=False, verify=True, timeout=None, trust_env=True";

    private const string JinjaOptions =
        "block_start_string='{%', block_end_string='%}', variable_start_string='{{', variable_end_string='}}', " +
        "comment_start_string='{#', comment_end_string='#}', line_statement_prefix=None, line_comment_prefix=None, " +
        "trim_blocks=False, lstrip_blocks=False, newline_sequence='\\n', keep_trailing_newline=False, extensions=(), " +
        "optimized=True, undefined=Undefined, finalize=None, autoescape=False";

    private static readonly string[] Texts =
    [
        $"subprocess.Popen({PopenParameters})",
        $"subprocess.run({PopenParameters}, input=None, capture_output=False, timeout=None, check=False)",
        $"subprocess.call({PopenParameters}, timeout=None)",
        $"subprocess.check_call({PopenParameters}, timeout=None)",
        $"subprocess.check_output({PopenParameters}, input=None, timeout=None)",
        "subprocess.getoutput(cmd, *, encoding=None, errors=None)",
        "subprocess.getstatusoutput(cmd, *, encoding=None, errors=None)",
        "os.system(command)",
        "os.popen(cmd, mode='r', buffering=-1)",
        "os.execv(path, argv, /)",
        "os.execve(path, argv, env)",
        "os.execl(file, *args)",
        "os.execlp(file, *args)",
        "os.execvp(file, args)",
        "os.spawnl(mode, file, *args)",
        "os.spawnv(mode, file, args)",
        "os.spawnvp(mode, file, args)",
        "os.startfile(filepath, operation=None, arguments='', cwd=None, show_cmd=1)",
        "os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)",
        "os.open(path, flags, mode=0o777, *, dir_fd=None)",
        "os.mkdir(path, mode=0o777, *, dir_fd=None)",
        "os.makedirs(name, mode=0o777, exist_ok=False)",
        "os.umask(mask, /)",
        "builtins.eval(source, /, globals=None, locals=None)",
        "builtins.exec(source, /, globals=None, locals=None, *, closure=None)",
        "builtins.compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)",
        "builtins.getattr(o, name, default, /)",
        "builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)",
        "builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
        "builtins.input(prompt='', /)",
        "importlib.import_module(name, package=None)",
        "importlib.__import__(name, globals=None, locals=None, fromlist=(), level=0)",
        "yaml.load(stream, Loader)",
        "yaml.load_all(stream, Loader)",
        "yaml.unsafe_load(stream)",
        "yaml.full_load(stream)",
        "yaml.safe_load(stream)",
        "pickle.loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
        "pickle.load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
        "pickle.Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())",
        "marshal.loads(data, /, *, allow_code=True)",
        "marshal.load(file, /, *, allow_code=True)",
        "shelve.open(filename, flag='c', protocol=None, writeback=False)",
        "jsonpickle.decode(string, backend=None, context=None, keys=False, reset=True, safe=True, classes=None)",
        "pandas.read_pickle(filepath_or_buffer, compression='infer', storage_options=None)",
        "torch.load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args)",
        "numpy.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)",
        $"requests.request(method, url, *, {RequestOptions})",
        $"requests.get(url, params=None, *, {RequestOptions.Replace("params=None, ", "")})",
        $"requests.options(url, *, {RequestOptions})",
        $"requests.head(url, *, {RequestOptions})",
        $"requests.post(url, data=None, json=None, *, {RequestOptions.Replace("data=None, ", "").Replace(", json=None", "")})",
        $"requests.put(url, data=None, *, {RequestOptions.Replace("data=None, ", "")})",
        $"requests.patch(url, data=None, *, {RequestOptions.Replace("data=None, ", "")})",
        $"requests.delete(url, *, {RequestOptions})",
        $"requests.Session.request(method, url, {RequestOptions})",
        $"requests.Session.get(url, *, {RequestOptions})",
        $"requests.Session.post(url, data=None, json=None, *, {RequestOptions.Replace("data=None, ", "").Replace(", json=None", "")})",
        $"requests.Session.put(url, data=None, *, {RequestOptions.Replace("data=None, ", "")})",
        $"requests.Session.patch(url, data=None, *, {RequestOptions.Replace("data=None, ", "")})",
        $"requests.Session.delete(url, *, {RequestOptions})",
        $"httpx.request(method, url, *, {HttpxOptions})",
        $"httpx.get(url, *, {HttpxOptions})",
        $"httpx.post(url, *, {HttpxOptions})",
        "httpx.Client(*, auth=None, params=None, headers=None, cookies=None, verify=True, cert=None, http1=True, http2=False, proxy=None, timeout=None, follow_redirects=False, base_url='', trust_env=True)",
        "urllib.request.urlopen(url, data=None, timeout=None, *, context=None)",
        "urllib.request.urlretrieve(url, filename=None, reporthook=None, data=None)",
        "hashlib.new(name, data=b'', *, usedforsecurity=True)",
        "hashlib.md5(data=b'', *, usedforsecurity=True)",
        "hashlib.sha1(data=b'', *, usedforsecurity=True)",
        "hashlib.sha256(data=b'', *, usedforsecurity=True)",
        "hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)",
        "hmac.new(key, msg=None, digestmod='')",
        "tempfile.mktemp(suffix='', prefix='tmp', dir=None)",
        "tempfile.mkstemp(suffix=None, prefix=None, dir=None, text=False)",
        "tarfile.open(name=None, mode='r', fileobj=None, bufsize=10240, **kwargs)",
        "tarfile.TarFile.extractall(path='.', members=None, *, numeric_owner=False, filter=None)",
        "tarfile.TarFile.extract(member, path='', set_attrs=True, *, numeric_owner=False, filter=None)",
        "zipfile.ZipFile(file, mode='r', compression=0, allowZip64=True, compresslevel=None, *, strict_timestamps=True, metadata_encoding=None)",
        "zipfile.ZipFile.extractall(path=None, members=None, pwd=None)",
        "zipfile.ZipFile.extract(member, path=None, pwd=None)",
        "shutil.unpack_archive(filename, extract_dir=None, format=None, *, filter=None)",
        $"jinja2.Environment({JinjaOptions}, loader=None, cache_size=400, auto_reload=True, bytecode_cache=None, enable_async=False)",
        $"jinja2.Template(source, {JinjaOptions}, enable_async=False)",
        "ssl.wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=0, ssl_version=2, ca_certs=None, do_handshake_on_connect=True, suppress_ragged_eofs=True, ciphers=None)",
        "ssl.SSLContext(protocol=None)",
        "ssl.create_default_context(purpose=None, *, cafile=None, capath=None, cadata=None)",
        "ssl._create_unverified_context(protocol=None, *, cert_reqs=0, check_hostname=False, purpose=None, certfile=None, keyfile=None, cafile=None, capath=None, cadata=None)",
        "xml.etree.ElementTree.parse(source, parser=None)",
        "xml.etree.ElementTree.fromstring(text, parser=None)",
        "xml.etree.ElementTree.XML(text, parser=None)",
        "xml.dom.minidom.parse(file, parser=None, bufsize=None)",
        "xml.dom.minidom.parseString(string, parser=None)",
        "xml.sax.parse(source, handler, errorHandler=None)",
        "xml.sax.parseString(string, handler, errorHandler=None)",
        "lxml.etree.parse(source, parser=None, *, base_url=None)",
        "lxml.etree.fromstring(text, parser=None, *, base_url=None)",
        "lxml.etree.XMLParser(*, encoding=None, attribute_defaults=False, dtd_validation=False, load_dtd=False, no_network=True, ns_clean=False, recover=False, schema=None, huge_tree=False, remove_blank_text=False, resolve_entities=True, remove_comments=False, remove_pis=False, strip_cdata=True, collect_ids=True, target=None, compact=True)",
        "paramiko.SSHClient.set_missing_host_key_policy(policy)",
        "paramiko.SSHClient.exec_command(command, bufsize=-1, timeout=None, get_pty=False, environment=None)",
        "flask.Flask.run(host=None, port=None, debug=None, load_dotenv=True, **options)",
        "logging.config.listen(port=9030, verify=None)",
        "sqlite3.Cursor.execute(sql, parameters=(), /)",
        "sqlite3.Connection.execute(sql, parameters=(), /)",
        "socket.socket.bind(address, /)",
        "os.path.join(a, *p)",
        // Added for the rule set's C# and YAML rules, so positional and keyword forms bind alike.
        "os.execle(file, *args)",
        "os.execlpe(file, *args)",
        "os.execvpe(file, args, env)",
        "os.spawnle(mode, file, *args)",
        "os.spawnlp(mode, file, *args)",
        "os.spawnlpe(mode, file, *args)",
        "os.spawnve(mode, file, args, env)",
        "os.spawnvpe(mode, file, args, env)",
        "os.posix_spawn(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False, setsid=False, setsigmask=(), setsigdef=(), scheduler=None)",
        "os.posix_spawnp(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False, setsid=False, setsigmask=(), setsigdef=(), scheduler=None)",
        "os.setuid(uid, /)",
        "os.chroot(path)",
        "os.chdir(path)",
        "os.fchmod(fd, mode)",
        "os.lchmod(path, mode)",
        "os.close(fd, /)",
        "os.write(fd, data, /)",
        "pty.spawn(argv, master_read=None, stdin_read=None)",
        "shlex.quote(s)",
        "builtins.setattr(obj, name, value, /)",
        "builtins.delattr(obj, name, /)",
        "builtins.hasattr(obj, name, /)",
        "re.compile(pattern, flags=0)",
        "re.search(pattern, string, flags=0)",
        "re.match(pattern, string, flags=0)",
        "re.fullmatch(pattern, string, flags=0)",
        "re.findall(pattern, string, flags=0)",
        "re.finditer(pattern, string, flags=0)",
        "re.split(pattern, string, maxsplit=0, flags=0)",
        "re.sub(pattern, repl, string, count=0, flags=0)",
        "re.subn(pattern, repl, string, count=0, flags=0)",
        "ast.literal_eval(node_or_string)",
        "django.utils.safestring.mark_safe(s)",
        "django.db.models.expressions.RawSQL(sql, params, output_field=None)",
        "sqlalchemy.text(text)",
        "xml.etree.ElementTree.iterparse(source, events=None, parser=None)",
        "xml.dom.pulldom.parse(stream_or_string, parser=None, bufsize=None)",
        "xml.dom.pulldom.parseString(string, parser=None)",
        "lxml.etree.XML(text, parser=None, *, base_url=None)",
        "pickle.dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)",
        "pickle.dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)",
        "multiprocessing.connection.Listener(address=None, family=None, backlog=1, authkey=None)",
        "multiprocessing.connection.Client(address, family=None, authkey=None)",
        "zlib.decompress(data, /, wbits=15, bufsize=16384)",
        "gzip.decompress(data)",
        "bz2.decompress(data)",
        "lzma.decompress(data, format=0, memlimit=None, filters=None)",
        "subprocess.Popen.communicate(input=None, timeout=None)",
        "subprocess.Popen.wait(timeout=None)",
        "socket.create_connection(address, timeout=None, source_address=None, *, all_errors=False)",
        "sys.set_int_max_str_digits(maxdigits)",
        "runpy.run_path(path_name, init_globals=None, run_name=None)",
        "shutil.copytree(src, dst, symlinks=False, ignore=None, copy_function=None, ignore_dangling_symlinks=False, dirs_exist_ok=False)",
        "shutil.rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None)",
        "hashlib.sha224(data=b'', *, usedforsecurity=True)",
        "hashlib.sha384(data=b'', *, usedforsecurity=True)",
        "hashlib.sha512(data=b'', *, usedforsecurity=True)",
        "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key(public_exponent, key_size, backend=None)",
        "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key(key_size, backend=None)",
        "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key(curve, backend=None)",
        "Crypto.PublicKey.RSA.generate(bits, randfunc=None, e=65537)",
        "ftplib.FTP(host='', user='', passwd='', acct='', timeout=None, source_address=None, *, encoding='utf-8')",
        "smtplib.SMTP(host='', port=0, local_hostname=None, timeout=None, source_address=None)",
        "smtplib.SMTP.starttls(*, context=None)",
        "imaplib.IMAP4(host='', port=143, timeout=None)",
        "poplib.POP3(host, port=110, timeout=None)",
        "http.client.HTTPConnection(host, port=None, timeout=None, source_address=None, blocksize=8192)",
        "http.client.HTTPSConnection(host, port=None, *, timeout=None, source_address=None, context=None, blocksize=8192)",
        "telnetlib.Telnet(host=None, port=0, timeout=None)",
        "urllib.request.Request(url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None)",
    ];

    private static readonly Dictionary<string, Signature> ByName = Load();

    public static IEnumerable<Signature> All => ByName.Values;

    public static Signature? Find(string qualifiedName) => ByName.GetValueOrDefault(qualifiedName);

    private static Dictionary<string, Signature> Load()
    {
        var map = new Dictionary<string, Signature>(StringComparer.Ordinal);
        foreach (var text in Texts)
        {
            var signature = Signature.Parse(text);
            map.Add(signature.QualifiedName, signature);
        }
        // Aliases the libraries export under a second name.
        Alias(map, "requests.sessions.Session", "requests.Session");
        Alias(map, "paramiko.client.SSHClient", "paramiko.SSHClient");
        return map;
    }

    private static void Alias(Dictionary<string, Signature> map, string alias, string original)
    {
        foreach (var (name, signature) in map.ToList())
            if (name.StartsWith(original + ".", StringComparison.Ordinal))
                map[alias + name[original.Length..]] = signature;
    }
}
