// Package serve puts tuned models in front of the CRM: the Deployer loads a base model and a LoRA
// adapter into Ollama and proves, by digest, that what Ollama serves is what the registry holds; the
// Gateway is the OpenAI-compatible HTTP API the CRM calls, with API keys, personal-data masking, an
// audit entry per request, and bounded concurrency.
//
// The Gateway depends only on small interfaces declared here (Resolver, Masker, Auditor, ChatClient);
// the integrator adapts the model registry, the PII engine and the audit log to them.
package serve
