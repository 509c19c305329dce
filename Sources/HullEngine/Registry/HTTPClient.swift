import CCurl
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP response: status, headers (names lowercased) and, unless the
/// body was streamed to a sink, the body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    /// Where the request ended after redirects.
    public var url: String

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
    public var text: String { String(decoding: body.prefix(4096), as: UTF8.self) }
}

/// What went wrong below HTTP: no connection, TLS, a reset, a stall.
public struct TransportError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// A refused or broken connection that may work when tried again.
    public let transient: Bool
    /// The server spoke something other than TLS (plain HTTP on the port).
    public let tlsMismatch: Bool
}

/// A request body: bytes in memory, or a range of a file (read with
/// pread, so a retried request simply starts over).
public enum HTTPBody {
    case bytes([UInt8])
    case file(fd: Int32, offset: Int64, length: Int64)
}

/// An HTTP/1.1 + HTTPS client over libcurl. One instance is one connection
/// cache: keep it per thread (curl handles are not shared between threads).
public final class HTTPClient {
    private let handle: UnsafeMutableRawPointer
    public let verifyTLS: Bool

    public init(verifyTLS: Bool) throws(HullError) {
        var message = [CChar](repeating: 0, count: 256)
        guard hull_curl_load(&message, message.count) == 0 else {
            throw HullError(.failure, String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        guard let handle = hull_curl_easy_init() else { throw HullError(.failure, "curl_easy_init failed") }
        self.handle = handle
        self.verifyTLS = verifyTLS
    }

    deinit { hull_curl_easy_cleanup(handle) }

    /// Sends one request. With `sink`, a 2xx body is streamed to it (return
    /// false to abort) instead of being kept; other bodies are kept for the
    /// error message. `maxBody` bounds a kept body (manifests, tokens).
    public func send(_ method: String, _ url: String, headers: [String] = [], body: HTTPBody? = nil,
                     followRedirects: Bool = true, maxBody: Int = 16 << 20,
                     sink: ((Int, UnsafeRawBufferPointer) -> Bool)? = nil) throws(TransportError) -> HTTPResponse {
        hull_curl_easy_reset(handle)
        let exchange = Exchange(sink: sink, maxBody: maxBody)
        if case .file(let fd, let offset, let length)? = body {
            exchange.uploadFD = fd
            exchange.uploadFileOffset = offset
            exchange.uploadFileLength = length
        }
        if case .bytes(let bytes)? = body { exchange.uploadBytes = bytes }
        let context = Unmanaged.passUnretained(exchange).toOpaque()

        var list: UnsafeMutablePointer<curl_slist>?
        // curl's default "Expect: 100-continue" costs a round trip per upload.
        for line in headers + ["Expect:"] { list = hull_curl_slist_append(list, line) }
        defer { hull_curl_slist_free_all(list) }

        hull_curl_setopt_pointer(handle, CURLOPT_URL, url)
        hull_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, list)
        hull_curl_setopt_pointer(handle, CURLOPT_USERAGENT, "hull")
        hull_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        hull_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, followRedirects ? 1 : 0)
        hull_curl_setopt_long(handle, CURLOPT_MAXREDIRS, 10)
        hull_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, 30)
        // A transfer that moves nothing for a minute is dead; a slow one is not.
        hull_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        hull_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, 60)
        if !verifyTLS {
            hull_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 0)
            hull_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 0)
        }
        hull_curl_set_header(handle, headerCallback, context)
        hull_curl_set_write(handle, writeCallback, context)
        switch method {
        case "GET": break
        case "HEAD": hull_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            hull_curl_setopt_pointer(handle, CURLOPT_CUSTOMREQUEST, method)
            // An upload with a known length; curl takes the verb from CUSTOMREQUEST.
            hull_curl_setopt_long(handle, CURLOPT_UPLOAD, 1)
            hull_curl_setopt_offset(handle, CURLOPT_INFILESIZE_LARGE, body.map(\.length) ?? 0)
            hull_curl_set_read(handle, readCallback, context)
        }

        let code = hull_curl_easy_perform(handle)
        if code != CURLE_OK {
            if code == CURLE_WRITE_ERROR, exchange.sinkRefused { throw TransportError(description: "transfer aborted", transient: false, tlsMismatch: false) }
            let reason = String(cString: hull_curl_easy_strerror(code))
            let transient = [CURLE_COULDNT_CONNECT, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE,
                             CURLE_OPERATION_TIMEDOUT, CURLE_GOT_NOTHING, CURLE_HTTP2, CURLE_HTTP2_STREAM].contains(code)
            let tls = [CURLE_SSL_CONNECT_ERROR, CURLE_UNSUPPORTED_PROTOCOL, CURLE_WEIRD_SERVER_REPLY].contains(code)
            throw TransportError(description: reason, transient: transient, tlsMismatch: tls)
        }
        var status = 0
        hull_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafePointer<CChar>?
        hull_curl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        return HTTPResponse(status: status, headers: exchange.headers, body: exchange.body,
                            url: effective.map { String(cString: $0) } ?? url)
    }
}

extension HTTPBody {
    var length: Int64 {
        switch self {
        case .bytes(let b): Int64(b.count)
        case .file(_, _, let length): length
        }
    }
}

/// State shared with curl's callbacks for one request.
private final class Exchange {
    let sink: ((Int, UnsafeRawBufferPointer) -> Bool)?
    let maxBody: Int
    var status = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []
    var sinkRefused = false
    var uploadFD: Int32 = -1
    var uploadFileOffset: Int64 = 0
    var uploadFileLength: Int64 = 0
    var uploadBytes: [UInt8] = []
    var uploadOffset = 0

    init(sink: ((Int, UnsafeRawBufferPointer) -> Bool)?, maxBody: Int) {
        self.sink = sink
        self.maxBody = maxBody
    }
}

// Headers arrive line by line, for every response on the way (a redirect's
// too): a status line starts a new set.
private let headerCallback: hull_curl_data_callback = { data, size, count, context in
    let exchange = Unmanaged<Exchange>.fromOpaque(context!).takeUnretainedValue()
    let n = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
        .trimmed
    if line.hasPrefix("HTTP/") {
        exchange.headers = [:]
        let parts = line.split(separator: " ")
        exchange.status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        let value = String(line[line.index(after: colon)...]).trimmed
        exchange.headers[name] = value
    }
    return n
}

private let writeCallback: hull_curl_data_callback = { data, size, count, context in
    let exchange = Unmanaged<Exchange>.fromOpaque(context!).takeUnretainedValue()
    let n = size * count
    let chunk = UnsafeRawBufferPointer(start: data, count: n)
    if let sink = exchange.sink, (200..<300).contains(exchange.status) {
        if !sink(exchange.status, chunk) {
            exchange.sinkRefused = true
            return 0
        }
        return n
    }
    if exchange.body.count + n > exchange.maxBody { return 0 }
    exchange.body.append(contentsOf: chunk)
    return n
}

private let readCallback: hull_curl_data_callback = { data, size, count, context in
    let exchange = Unmanaged<Exchange>.fromOpaque(context!).takeUnretainedValue()
    let room = size * count
    if exchange.uploadFD >= 0 {
        let left = exchange.uploadFileLength - Int64(exchange.uploadOffset)
        guard left > 0 else { return 0 }
        let got = pread(exchange.uploadFD, data!, Int(min(Int64(room), left)), Int(exchange.uploadFileOffset) + exchange.uploadOffset)
        if got < 0 { return Int(CURL_READFUNC_ABORT) }
        exchange.uploadOffset += got
        return got
    }
    let left = exchange.uploadBytes.count - exchange.uploadOffset
    let n = min(left, room)
    exchange.uploadBytes.withUnsafeBytes { bytes in
        if n > 0 { memcpy(data!, bytes.baseAddress! + exchange.uploadOffset, n) }
    }
    exchange.uploadOffset += n
    return n
}
