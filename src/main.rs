fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(pbctl::run())
}
