using PySec.Syntax.Generator;

// Regenerates server/PySec.Syntax/Generated from Syntax.txt.
//   (no arguments)        write the generated files in place
//   --check               write nothing; exit 1 if a committed file differs from what would be generated
//   --grammar <file>      only validate this grammar file (exit 1 and list its errors if it is malformed)
//   --root <dir>          the repository root (default: the nearest directory holding PySecLsp.sln above the
//                         current directory, the build output or this project's sources)
// Exit codes: 0 success, 1 invalid grammar or stale files, 2 usage or missing files.
return GeneratorCommand.Run(args, Console.Out, Console.Error);
