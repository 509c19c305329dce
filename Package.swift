// swift-tools-version:6.0
import PackageDescription

// hull: a daemonless, single-binary container engine.
// Data flows one way: HullCommands -> HullEngine -> HullLinux/CHull.

/// Metadata of concrete generic types through direct accessor calls rather
/// than by demangling their names at run time (the compiler's default, for
/// size): a somewhat larger binary for less start-up work in every command.
/// And metadata of generic types the code uses with concrete arguments
/// (arrays, dictionaries and optionals of hull's own types) made at compile
/// time, as the standard library's own are, instead of by the runtime on
/// first use. (Measured in commits 712db27 and earlier; see BENCHMARKS.md.)
let directMetadata = SwiftSetting.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
                                               "-Xfrontend", "-prespecialize-generic-metadata"],
                                              .when(configuration: .release))

/// Searched first for libraries: its libstdc++.so is a linker script that
/// links the C++ runtime statically (see the file).
let staticRuntime = String(#filePath.dropLast("Package.swift".count)) + "Sources/hull/StaticRuntime"

let package = Package(
    name: "hull",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hull", targets: ["hull"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .executableTarget(
            name: "hull",
            dependencies: ["HullCommands"],
            // Linked as a fixed-address executable (--no-pie), as Debian
            // ships podman and skopeo: a position-independent hull has
            // megabytes of Swift metadata with pointers that the loader must
            // relocate, copy-on-write page by page, in every command: the
            // largest part of `hull --version`'s time. Shared
            // libraries, heap and stacks are still randomized. lld with
            // packed relative relocations (DT_RELR) keeps what relocations
            // remain cheap should the binary go back to PIE. The C++
            // runtime under Swift's is linked in too (StaticRuntime), so
            // the loader maps only libc and libm.
            exclude: ["StaticRuntime"],
            swiftSettings: [directMetadata],
            // Release only: a debug hull loads Swift's shared runtime, and
            // with it libstdc++.so anyway.
            linkerSettings: [
                .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-pie"]),
                .unsafeFlags(["-L", staticRuntime], .when(configuration: .release)),
            ]
        ),
        .target(
            name: "HullCommands",
            dependencies: [
                "HullEngine",
                "HullBuild",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [directMetadata]
        ),
        .target(
            name: "HullEngine",
            dependencies: ["HullLinux", "CLibs", "CHull", "CCurl"],
            swiftSettings: [directMetadata],
            // Linked statically: each shared library costs start-up time in
            // the dynamic loader on every hull command, and libarchive's
            // would drag in libxml2 and ICU for formats hull never reads.
            linkerSettings: [
                .linkedLibrary(":libarchive.a"), .linkedLibrary(":libzstd.a"), .linkedLibrary(":libz.a"),
                .linkedLibrary(":libcrypto.a"), .linkedLibrary(":libacl.a"),
                // libarchive's writer table names every format it can write;
                // unused ones (and their xml2/nettle/lzma needs) are dropped
                // only when unreferenced sections are collected.
                .unsafeFlags(["-Xlinker", "--gc-sections"]),
            ]
        ),
        // `hull build`: the Containerfile parser, the build planner, the
        // content-keyed cache and the ignore-file matcher; the engine does the work.
        .target(
            name: "HullBuild",
            dependencies: ["HullEngine", "HullLinux", "CLibs"],
            swiftSettings: [directMetadata]
        ),
        .target(
            name: "HullLinux",
            dependencies: ["CHull", "CSeccomp"],
            swiftSettings: [directMetadata],
            // libseccomp statically, for the same start-up reason as above;
            // it needs nothing but libc.
            linkerSettings: [.linkedLibrary(":libseccomp.a")]
        ),
        .target(
            name: "CHull",
            cSettings: [.define("_GNU_SOURCE")]
        ),
        // libcurl for the registry client, dlopen'ed on first use so other
        // commands never load it (headers from libcurl4-openssl-dev).
        .target(name: "CCurl"),
        // Headers of Debian's libarchive (tar reading), zlib and zstd (layer
        // decompression) and OpenSSL's libcrypto (SHA-256).
        .systemLibrary(name: "CLibs", path: "Sources/CLibs"),
        // Headers of Debian's libseccomp (seccomp filter compilation).
        .systemLibrary(name: "CSeccomp", path: "Sources/CSeccomp"),
        .testTarget(name: "HullEngineTests", dependencies: ["HullEngine"]),
        .testTarget(name: "HullLinuxTests", dependencies: ["HullLinux"]),
        .testTarget(name: "HullCommandsTests", dependencies: ["HullCommands"]),
        .testTarget(name: "HullBuildTests", dependencies: ["HullBuild"]),
    ]
)
