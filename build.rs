//! Link step of the binaries only. On Linux with GNU libc 2.36 or later (the first whose
//! loader reads packed relocations), relative relocations are packed (RELR): the embedded
//! word lists (the misspelling dictionary above all) hold some 300,000 pointers, and as one
//! 24-byte record each they were 7 MB read into memory at every start. With an older glibc,
//! when cross-compiling, or when the version cannot be read, the binaries link as before: a
//! binary with packed relocations would not start on an older loader.
use std::process::Command;

/// The build machine's glibc version (`getconf GNU_LIBC_VERSION`: "glibc 2.36").
fn glibc_version() -> Option<(u32, u32)> {
    let out = Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let version = text.trim().strip_prefix("glibc ")?;
    let mut parts = version.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let native = std::env::var("HOST").ok() == std::env::var("TARGET").ok();
    if os == "linux" && env == "gnu" && native && glibc_version().is_some_and(|v| v >= (2, 36)) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
