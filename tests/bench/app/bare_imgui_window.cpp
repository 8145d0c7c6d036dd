// The yardstick for the kiosk's memory: a bare Dear ImGui + GLFW + OpenGL 3 window, the same
// libraries and display, ImGui's default font and one window of text. Touches FILE after its
// third frame, then redraws on events until SIGTERM.
#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <csignal>
#include <cstdio>

namespace {
volatile std::sig_atomic_t stop_requested = 0;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bare_imgui_window READY_FILE\n");
    return 2;
  }
  std::signal(SIGTERM, [](int) { stop_requested = 1; });
  if (!glfwInit()) return 3;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(1920, 1080, "bare", nullptr, nullptr);
  if (!window) return 3;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  int frames = 0;
  while (!stop_requested && !glfwWindowShouldClose(window)) {
    glfwWaitEventsTimeout(frames < 3 ? 0.0 : 0.5);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("A bare Dear ImGui window.");
    ImGui::Button("Next");
    ImGui::End();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(1.f, 1.f, 1.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (++frames == 3)
      if (std::FILE* ready = std::fopen(argv[1], "w")) std::fclose(ready);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
