//! Link step of the binaries only. On Linux with GNU libc, relative relocations are packed
//! (RELR): the embedded word lists (the misspelling dictionary above all) hold some 300,000
//! pointers, and as one 24-byte record each they were 7 MB read into memory at every start.
//! A linker without the option warns and links as before.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
