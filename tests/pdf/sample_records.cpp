#include "sample_records.hpp"

#include <cmath>

namespace intake::pdf::samples {
namespace {

using Kind = TextBlock::Kind;

TextBlock p(std::string text) { return TextBlock{Kind::paragraph, std::move(text)}; }
TextBlock b(std::string text) { return TextBlock{Kind::bullet, std::move(text)}; }

std::vector<ConsentSection> english_consent(const std::string& initials) {
  std::vector<ConsentSection> s = {
      {"procedure",
       "What the treatment is",
       {p("Micro-needling uses a handheld device with very fine, sterile needles that are used "
          "once and then thrown away. The needles make tiny channels in the top layers of the "
          "skin, which prompts the skin to repair itself."),
        p("A numbing cream is usually put on the area about 20 to 30 minutes before we start. "
          "A session takes 30 to 60 minutes.")},
       initials,
       "2026-11-21T10:41:05+01:00"},
      {"benefits",
       "What to expect",
       {p("Most people need 3 to 6 sessions, spaced 4 to 6 weeks apart. Deep lines, stretch "
          "marks or scars may need 6 or more. Results build slowly over weeks to months, they "
          "vary from person to person, and they are not guaranteed."),
        p("Some people choose a maintenance session every 3 to 6 months.")},
       initials,
       "2026-11-21T10:41:40+01:00"},
      {"risks",
       "Risks and side effects",
       {p("Almost everyone has some of these for a few days: discomfort, redness like a mild "
          "sunburn, swelling, pinpoint bleeding, tightness, itching and flaking. They usually "
          "settle within a week."),
        b("Less common: darker patches of skin after the redness fades (more likely in darker "
          "skin), a flare of acne, or bruising."),
        b("Rare: infection, a cold sore coming back, an allergic reaction, small white bumps "
          "(milia), lasting marks or scarring, or small lumps under the skin."),
        b("Numbing cream can rarely cause a serious reaction if too much is used. Tell us about "
          "any allergy.")},
       initials,
       "2026-11-21T10:42:13+01:00"},
      {"alternatives",
       "Other options",
       {p("Other treatments such as chemical peels, laser or skin creams may help with the same "
          "concerns. You can also choose to have no treatment at all.")},
       initials,
       "2026-11-21T10:42:31+01:00"},
      {"history",
       "Your health information",
       {p("I have answered the health questions truthfully and completely. I will tell the "
          "clinic if anything changes before a session.")},
       initials,
       "2026-11-21T10:42:50+01:00"},
      {"pregnancy",
       "Pregnancy",
       {p("I am not pregnant and not breastfeeding, to the best of my knowledge. Treatment is "
          "not given during pregnancy or breastfeeding.")},
       initials,
       "2026-11-21T10:43:02+01:00"},
      {"care",
       "Before and after your treatment",
       {p("I will follow the instructions I have been given before and after treatment, "
          "including avoiding sun and active skin products for the days I have been told.")},
       initials,
       "2026-11-21T10:43:20+01:00"},
      {"cold_sores",
       "Cold sores",
       {p("If you have ever had cold sores, treatment near the mouth can bring one back. Your "
          "practitioner may suggest an antiviral medicine before treatment.")},
       initials,
       "2026-11-21T10:43:35+01:00"},
      {"voluntary",
       "Your questions and your choice",
       {p("I have had the chance to ask questions and I am satisfied with the answers. My "
          "consent is voluntary and I can change my mind at any time before or during "
          "treatment.")},
       initials,
       "2026-11-21T10:43:58+01:00"},
  };
  return s;
}

std::vector<AftercareSection> english_aftercare() {
  return {
      {"The first 24 hours",
       {b("Wash only with a gentle cleanser and use a plain, fragrance-free moisturiser."),
        b("No make-up, and no retinoids, acids or vitamin C."),
        b("Avoid sweating, heat and the sun. Do not touch or pick the skin.")}},
      {"Days 2 and 3",
       {b("Light exercise only."), b("You can usually wear make-up again."),
        b("Some flaking is normal. Let it come away by itself.")}},
      {"The first week",
       {b("No sauna, swimming pool or hot tub for a few days."),
        b("Stay out of direct sun and use sunscreen every day."),
        b("Start your usual active skin products again around day 5 to 7.")}},
      {"When to call us",
       {p("Call the clinic straight away if redness spreads or becomes more painful, if you "
          "see pus, if you have a fever, or if anything worries you.")}},
  };
}

std::vector<ConsentSection> spanish_consent(const std::string& initials) {
  return {
      {"procedure",
       "En qué consiste el tratamiento",
       {p("La micropunción utiliza un aparato con agujas muy finas y estériles que se usan una "
          "sola vez y después se desechan. Las agujas crean pequeños canales en la piel, que "
          "así se estimula a repararse."),
        p("Normalmente se aplica una crema anestésica unos 20 a 30 minutos antes. Cada sesión "
          "dura entre 30 y 60 minutos.")},
       initials,
       "2026-11-21T11:02:10+01:00"},
      {"benefits",
       "Qué puede esperar",
       {p("La mayoría de las personas necesita de 3 a 6 sesiones, separadas entre 4 y 6 "
          "semanas. Los resultados aparecen poco a poco, varían de una persona a otra y no "
          "están garantizados.")},
       initials,
       "2026-11-21T11:02:44+01:00"},
      {"risks",
       "Riesgos y efectos secundarios",
       {p("Casi todo el mundo nota durante unos días molestias, enrojecimiento como una "
          "quemadura solar leve, hinchazón, pequeños puntos de sangrado, tirantez, picor y "
          "descamación. Suelen desaparecer en una semana."),
        b("Menos frecuentes: manchas más oscuras cuando se va el enrojecimiento, un brote de "
          "acné o hematomas."),
        b("Raros: infección, reaparición de un herpes labial, reacción alérgica, quistes de "
          "milium, marcas o cicatrices duraderas.")},
       initials,
       "2026-11-21T11:03:15+01:00"},
      {"alternatives",
       "Otras opciones",
       {p("Otros tratamientos, como los peelings químicos, el láser o las cremas, pueden "
          "ayudar con lo mismo. También puede decidir no tratarse.")},
       initials,
       "2026-11-21T11:03:30+01:00"},
      {"history",
       "Su información de salud",
       {p("He contestado a las preguntas de salud con sinceridad y por completo. Avisaré a la "
          "clínica si algo cambia antes de una sesión.")},
       initials,
       "2026-11-21T11:03:51+01:00"},
      {"pregnancy",
       "Embarazo",
       {p("Que yo sepa, no estoy embarazada ni dando el pecho. El tratamiento no se realiza "
          "durante el embarazo ni la lactancia.")},
       initials,
       "2026-11-21T11:04:05+01:00"},
      {"voluntary",
       "Sus preguntas y su decisión",
       {p("He podido hacer preguntas y estoy satisfecha con las respuestas. Mi consentimiento "
          "es voluntario y puedo cambiar de opinión en cualquier momento.")},
       initials,
       "2026-11-21T11:04:40+01:00"},
  };
}

AnswerEntry yes_no(std::string id, std::string question, bool yes) {
  AnswerEntry a;
  a.question_id = std::move(id);
  a.question = std::move(question);
  a.answer = yes ? "Yes" : "No";
  return a;
}

std::vector<AnswerEntry> english_answers() {
  std::vector<AnswerEntry> answers = {
      yes_no("pregnant", "Are you pregnant, or could you be?", false),
      yes_no("breastfeeding", "Are you breastfeeding?", false),
      yes_no("cold_sore_active", "Do you have a cold sore or blister on or near the area now?", false),
      yes_no("cold_sore_history", "Have you ever had cold sores?", true),
      yes_no("acne_active", "Do you have inflamed or cystic acne in the area now?", false),
  };
  AnswerEntry skin;
  skin.question_id = "skin_condition";
  skin.question = "Do you have any of these skin conditions?";
  skin.answer = "None of these";
  answers.push_back(skin);
  for (auto [id, q] : std::vector<std::pair<std::string, std::string>>{
           {"skin_broken", "Is there an infection, open wound, sore, rash or warts in the area?"},
           {"sunburn_recent", "Have you had sunburn, tanning or self-tan on the area in the last 2 weeks?"},
           {"lesions_in_area", "Are there raised moles, growths, a tattoo or permanent make-up in the area?"},
           {"isotretinoin", "Have you taken isotretinoin (for example Roaccutane) in the last 12 months?"},
           {"retinoids_recent",
            "Have you used retinoids, acids or benzoyl peroxide on the area in the last 5 days?"}}) {
    answers.push_back(yes_no(id, q, false));
  }
  AnswerEntry anticoag = yes_no("anticoagulants",
                                "Have you taken blood thinners, daily aspirin or anti-inflammatory "
                                "painkillers this week?",
                                true);
  anticoag.severity = Severity::review;
  anticoag.flag_codes = {"anticoagulants"};
  answers.push_back(anticoag);
  AnswerEntry meds;
  meds.question_id = "medications";
  meds.question = "Which medicines do you take regularly?";
  meds.answer = "Ibuprofen 400 mg when needed; vitamin D";
  answers.push_back(meds);
  for (auto [id, q] : std::vector<std::pair<std::string, std::string>>{
           {"bleeding_disorder", "Do you have a bleeding or clotting disorder?"},
           {"keloid_history", "Have you ever had raised or keloid scars?"},
           {"diabetes", "Do you have diabetes?"},
           {"immune_condition",
            "Do you have an autoimmune disease or take medicine that weakens the immune system?"},
           {"cancer_treatment", "Have you had chemotherapy or radiotherapy in the last 12 months?"},
           {"heart_condition", "Do you have a heart condition?"},
           {"injectables_recent", "Have you had anti-wrinkle injections or fillers in the last 2 weeks?"},
           {"procedures_recent",
            "Have you had laser, a peel, waxing or surgery on the area in the last 4 weeks?"},
           {"anesthetic_allergy", "Are you allergic to lidocaine or other numbing creams?"},
           {"metal_allergy", "Are you allergic to any metals?"}}) {
    answers.push_back(yes_no(id, q, false));
  }
  AnswerEntry allergies;
  allergies.question_id = "other_allergies";
  allergies.question = "Do you have any other allergies?";
  allergies.answer = "Penicillin (rash)";
  allergies.severity = Severity::note;
  allergies.flag_codes = {"other_allergies"};
  answers.push_back(allergies);
  AnswerEntry areas;
  areas.question_id = "treatment_areas";
  areas.question = "Which areas would you like treated?";
  areas.answer = "Face, neck";
  answers.push_back(areas);
  AnswerEntry concerns;
  concerns.question_id = "concerns";
  concerns.question = "What would you like to improve?";
  concerns.answer = "Fine lines, acne scars, texture";
  answers.push_back(concerns);
  answers.push_back(yes_no("previous_microneedling", "Have you had micro-needling before?", false));
  return answers;
}

ConsentPdfInput base_english() {
  ConsentPdfInput in;
  in.clinic_name = "Harbourside Skin Studio";
  in.document_id = "R-20261121-7F3K9Q";
  in.document_title = "Micro-needling consent and health record";
  in.form_id = "microneedling";
  in.form_version = "3";
  in.language = "en";
  in.created_at = "2026-11-21T10:38:12+01:00";
  in.time_zone = "Europe/Madrid";
  in.zone = *intake::load_time_zone("Europe/Madrid");
  in.clinic_address = "4 Quay Street, 07001 Palma";
  in.clinic_phone = "+34 971 000 111";
  in.clinic_out_of_hours_phone = "+34 600 999 000";
  in.patient = {"Zoë", "Łukasiewicz", "1990-05-10", "+34 600 000 123", "zoe.l@example.org"};
  in.flags = {{"cold_sore_history", Severity::review,
               "History of cold sores: consider antiviral cover before treating near the mouth."},
              {"anticoagulants", Severity::review,
               "Blood thinners or NSAIDs this week: more bleeding and bruising; check timing."},
              {"other_allergies", Severity::note, "Other allergies listed: read before numbing."}};
  in.answers = english_answers();
  in.answers[3].severity = Severity::review;
  in.answers[3].flag_codes = {"cold_sore_history"};
  in.consent_sections = english_consent("ZŁ");
  in.photo_consent = true;
  in.consent_sha256_hex = "3f7a9c2e51d04b8e9a6c1f0e27b5d8c4a1e9f3b7c2d5e8a0f4b1c7d9e2a6b3c5";
  in.certification_statement =
      "I confirm that the answers and details above are correct and complete, that I have read "
      "and understood the consent document, and that my electronic signature below has the same "
      "meaning as my handwritten signature.";
  in.patient_signature = sample_signature("Zoë Łukasiewicz", "Patient's consent to treatment", 0.0);
  in.verification_code = "7F3K-9Q2M";
  in.qr_payload = "intake:R-20261121-7F3K9Q:3f7a9c2e51d04b8e";
  in.aftercare_title = "Aftercare after micro-needling";
  in.aftercare = english_aftercare();
  return in;
}

}  // namespace

SignatureInput sample_signature(const std::string& name, const std::string& meaning, double phase) {
  SignatureInput s;
  s.pad_width = 900;
  s.pad_height = 300;
  s.printed_name = name;
  s.signed_at = "2026-11-21T10:47:02+01:00";
  s.time_zone = "Europe/Madrid";
  s.meaning = meaning;
  std::int64_t t = 0;
  // A looping cursive stroke, a second short stroke, and a dot: the shapes a real pad records.
  Stroke main;
  for (int i = 0; i <= 140; ++i) {
    const double u = i / 140.0;
    const double x = 110 + 600 * u + 38 * std::sin(u * 31 + phase);
    const double y =
        170 - 70 * std::sin(u * 15.7 + phase) * std::exp(-1.2 * u) - 25 * std::cos(u * 31 + phase);
    main.push_back({x, y, t});
    t += 8;
  }
  s.strokes.push_back(main);
  t += 180;
  Stroke cross;
  for (int i = 0; i <= 25; ++i) {
    cross.push_back({300 + 14.0 * i, 118 + 1.1 * i + 4 * std::sin(i * 0.4), t});
    t += 8;
  }
  s.strokes.push_back(cross);
  t += 150;
  s.strokes.push_back({{760, 230, t}});
  return s;
}

ConsentPdfInput english_adult() { return base_english(); }

ConsentPdfInput spanish_adult() {
  ConsentPdfInput in = base_english();
  in.document_id = "R-20261121-K2M8ZD";
  in.language = "es";
  in.document_title = "Consentimiento y ficha de salud para micropunción";
  in.created_at = "2026-11-21T11:01:30+01:00";
  in.patient = {"Nguyễn Thị", "Ánh", "1988-02-29", "+34 611 222 333", "anh.nguyen@example.org"};
  // Spanish text as the patient saw it, with the English rendering for staff.
  for (AnswerEntry& a : in.answers) {
    a.question_en = a.question;
    a.answer_en = a.answer;
  }
  const std::vector<std::pair<std::string, std::string>> es = {
      {"¿Está embarazada o podría estarlo?", "No"},
      {"¿Está dando el pecho?", "No"},
      {"¿Tiene ahora un herpes labial o una ampolla en la zona o cerca?", "No"},
      {"¿Ha tenido alguna vez herpes labial?", "Sí"},
      {"¿Tiene ahora acné inflamado o quístico en la zona?", "No"},
      {"¿Tiene alguna de estas afecciones de la piel?", "Ninguna"},
      {"¿Hay en la zona una infección, herida abierta, llaga, sarpullido o verrugas?", "No"},
      {"¿Se ha quemado con el sol, bronceado o usado autobronceador en la zona en las últimas 2 semanas?",
       "No"},
      {"¿Hay en la zona lunares elevados, bultos, un tatuaje o maquillaje permanente?", "No"},
      {"¿Ha tomado isotretinoína (por ejemplo, Roacután) en los últimos 12 meses?", "No"},
      {"¿Ha usado retinoides, ácidos o peróxido de benzoilo en la zona en los últimos 5 días?", "No"},
      {"¿Ha tomado esta semana anticoagulantes, aspirina diaria o antiinflamatorios?", "Sí"},
      {"¿Qué medicamentos toma habitualmente?", "Ibuprofeno 400 mg cuando lo necesito; vitamina D"},
      {"¿Tiene algún trastorno de la coagulación o de sangrado?", "No"},
      {"¿Ha tenido alguna vez cicatrices elevadas o queloides?", "No"},
      {"¿Tiene diabetes?", "No"},
      {"¿Tiene una enfermedad autoinmune o toma medicamentos que debilitan las defensas?", "No"},
      {"¿Ha recibido quimioterapia o radioterapia en los últimos 12 meses?", "No"},
      {"¿Tiene alguna enfermedad del corazón?", "No"},
      {"¿Le han puesto inyecciones antiarrugas o rellenos en las últimas 2 semanas?", "No"},
      {"¿Le han hecho láser, un peeling, depilación con cera o cirugía en la zona en las últimas 4 semanas?",
       "No"},
      {"¿Es alérgica a la lidocaína o a otras cremas anestésicas?", "No"},
      {"¿Es alérgica a algún metal?", "No"},
      {"¿Tiene alguna otra alergia?", "Penicilina (sarpullido)"},
      {"¿Qué zonas quiere tratar?", "Cara, cuello"},
      {"¿Qué le gustaría mejorar?", "Líneas finas, cicatrices de acné, textura"},
      {"¿Se ha hecho micropunción antes?", "No"},
  };
  for (std::size_t i = 0; i < es.size() && i < in.answers.size(); ++i) {
    in.answers[i].question = es[i].first;
    in.answers[i].answer = es[i].second;
  }
  in.consent_sections = spanish_consent("NTA");
  in.certification_statement =
      "Confirmo que las respuestas y los datos anteriores son correctos y completos, que he "
      "leído y entendido el documento de consentimiento y que mi firma electrónica tiene el "
      "mismo valor que mi firma manuscrita.";
  in.photo_consent = false;
  in.patient_signature =
      sample_signature("Nguyễn Thị Ánh", "Consentimiento del paciente al tratamiento", 1.3);
  in.verification_code = "K2M8-ZD41";
  in.qr_payload = "intake:R-20261121-K2M8ZD:9b1c";
  in.aftercare_title = "Cuidados después de la micropunción";
  in.aftercare = {
      {"Las primeras 24 horas",
       {b("Lave la piel solo con un limpiador suave y use una crema hidratante sin perfume."),
        b("No se maquille ni use retinoides, ácidos o vitamina C."),
        b("Evite sudar, el calor y el sol. No se toque ni se rasque la piel.")}},
      {"La primera semana",
       {b("Nada de sauna, piscina ni jacuzzi durante unos días."),
        b("Evite el sol directo y use protector solar cada día.")}},
      {"Cuándo llamarnos",
       {p("Llame a la clínica si el enrojecimiento se extiende o duele más, si ve pus, si tiene "
          "fiebre o si algo le preocupa.")}},
  };
  return in;
}

ConsentPdfInput minor_with_guardian() {
  ConsentPdfInput in = base_english();
  in.document_id = "R-20261121-M7N2PX";
  in.patient = {"Ελένη", "Smith", "2010-03-14", "+44 7700 900123", ""};
  in.guardian = GuardianIdentity{"Ольга Smith", "mother"};
  in.flags.insert(in.flags.begin(),
                  {"minor", Severity::stop,
                   "Patient is under 18 on the visit date: a guardian must take part and sign."});
  in.patient_signature = sample_signature("Ελένη Smith", "Patient's consent to treatment", 2.1);
  in.guardian_signature =
      sample_signature("Ольга Smith", "Guardian's consent to the treatment of a minor", 0.7);
  in.consent_sections = english_consent("ES");
  return in;
}

ConsentPdfInput long_consent(int repeat) {
  ConsentPdfInput in = base_english();
  const std::vector<ConsentSection> base = in.consent_sections;
  in.consent_sections.clear();
  for (int r = 0; r < repeat; ++r) {
    for (ConsentSection section : base) {
      section.id += "_" + std::to_string(r);
      section.title += " (part " + std::to_string(r + 1) + ")";
      in.consent_sections.push_back(section);
    }
  }
  return in;
}

PractitionerReview sample_review() {
  PractitionerReview review;
  review.decision = ReviewDecision::treat_with_changes;
  review.note = "Antiviral cover prescribed; treat forehead and cheeks only, avoid the lip line.";
  review.countersignature = sample_signature("Dr Mara Vidal", "Practitioner's review", 0.4);
  review.countersignature.signed_at = "2026-11-21T11:20:00+01:00";
  review.role = "Practitioner";
  review.original_pdf_sha256 = "a9d1e0b4c7f25a3e8d6b0c1f2e3a4b5c6d7e8f901a2b3c4d5e6f7a8b9c0d1e2f";
  return review;
}

}  // namespace intake::pdf::samples
